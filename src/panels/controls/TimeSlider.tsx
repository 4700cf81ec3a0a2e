import { useId } from 'react';
import { useMessages } from '../../i18n';
import { controlsMessages } from './messages';
import { selectSeqLen, selectSetTimeStep, selectTimeStep, useGateScope } from '../../store';

/** The "Time step" slider, 1 … T as people count; the store's t is 0-based. */
export function TimeSlider() {
  const id = useId();
  const m = useMessages(controlsMessages);
  const t = useGateScope(selectTimeStep);
  const seqLen = useGateScope(selectSeqLen);
  const setTimeStep = useGateScope(selectSetTimeStep);
  return (
    <div className="field slider">
      <label htmlFor={id}>{m.timeStep}</label>
      <input
        id={id}
        type="range"
        min={1}
        max={seqLen}
        step={1}
        value={t + 1}
        aria-valuetext={m.timeStepValue(t + 1, seqLen)}
        onChange={(e) => setTimeStep(Number(e.target.value) - 1)}
      />
      <span className="slider-value" aria-hidden="true">
        {t + 1} / {seqLen}
      </span>
    </div>
  );
}
