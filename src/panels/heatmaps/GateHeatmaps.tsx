import { memo, useId, useMemo } from 'react';
import { Heatmap, type HeatScale } from '../../charts';
import { useMessages } from '../../i18n';
import { selectSetTimeStep, useGateScope } from '../../store';
import { GATE_VIEWS, layerMatrix } from './layerMatrix';
import { heatmapMessages } from './messages';
import { useScreenBox } from '../useWhileVisible';
import { HeldOffScreen } from '../HeldOffScreen';
import { smallRun } from '../../store/compare';
import { useShownTrace, type ShownTrace } from './useShownTrace';
import './heatmaps.css';

const SEQUENTIAL: HeatScale = { kind: 'sequential' };
const TANH: HeatScale = { kind: 'diverging', max: 1 };

/**
 * "Gate activations": one units × time heatmap per gate of the current layer (LSTM f, i, g, o;
 * GRU z, r, n), on the stepper's time cursor: click a column to jump to that step. A plain RNN
 * has no gates, and the panel says so.
 */
export function GateHeatmaps() {
  const [box, onScreen] = useScreenBox();
  const shown = useShownTrace(onScreen);
  const setTimeStep = useGateScope(selectSetTimeStep);
  return <GateHeatmapsOf shown={shown} t={shown.t} setTimeStep={setTimeStep} box={box} />;
}

/** What the panel draws: the shown run, and the shared time cursor. */
interface GateHeatmapsOfProps {
  readonly shown: ShownTrace;
  readonly t: number;
  readonly setTimeStep: (t: number) => void;
  /** The callback ref that tells the panel whether it is on screen. */
  readonly box: (el: Element | null) => void;
}

/**
 * The panel itself, memoised on the shown run: a new run in the store re-renders only the
 * wrapper above until `useShownTrace` hands the run on (at once on screen, see useWhileVisible).
 */
const GateHeatmapsOf = memo(function GateHeatmapsOf({
  shown,
  t,
  setTimeStep,
  box,
}: GateHeatmapsOfProps) {
  const id = useId();
  const m = useMessages(heatmapMessages);
  const { trace, layer, sample } = shown;
  const { cell, hiddenSize: H, numLayers } = trace.config;
  const views = GATE_VIEWS[cell];
  const matrices = useMemo(
    () => views.map((v) => layerMatrix(trace, layer, sample, v.quantity)),
    [views, trace, layer, sample],
  );
  const where = numLayers > 1 ? m.layer(layer + 1) : '';
  const small = smallRun(trace);
  return (
    <section ref={box} data-run={shown.runId} className="panel gate-heatmaps" aria-labelledby={id}>
      <h2 id={id} className="heatmaps-heading">
        {m.heading}
        {where}
      </h2>
      {views.length === 0 ? (
        <p className="heatmaps-note">
          {m.rnnNoGates} h<sub>t</sub> = tanh(W<sub>ih</sub> x<sub>t</sub> + b<sub>ih</sub> + W
          <sub>hh</sub> h<sub>t−1</sub> + b<sub>hh</sub>){m.rnnNoGatesAfter}
        </p>
      ) : (
        <>
          <p className="heatmaps-note">{m.note}</p>
          <div className="heatmap-grid">
            {views.map((v, k) => (
              <HeldOffScreen key={v.quantity} runId={shown.runId} small={small}>
                <Heatmap
                  title={m.title(m[v.quantity], where)}
                  values={matrices[k]}
                  rows={H}
                  cols={trace.seqLen}
                  scale={v.signed ? TANH : SEQUENTIAL}
                  step={v.step}
                  cursor={t}
                  onCursorChange={setTimeStep}
                />
              </HeldOffScreen>
            ))}
          </div>
        </>
      )}
    </section>
  );
});
