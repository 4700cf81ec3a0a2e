import { memo, useId } from 'react';
import { Heatmap } from '../../charts';
import { useMessages } from '../../i18n';
import { selectSetTimeStep, selectTimeStep, useGateScope } from '../../store';
import type { CompareRun } from '../../store/compare';
import { compareListOf } from '../../store/gradientSelectors';
import { selectCompareOn } from '../../store/labAsync';
import { CELL_LABELS } from '../controls/announce';
import { useLab } from '../labControls/LabProvider';
import { compareMessages } from './messages';
import { useComparePart } from './useComparePart';
import './compare.css';

/** h ∈ (−1, 1) for all three cells: one fixed diverging scale, so the three compare fairly. */
const HIDDEN_SCALE = { kind: 'diverging', max: 1 } as const;

/**
 * The three cells' "Hidden state" heatmaps side by side, on the widget's time cursor; each
 * repaints only when its own run lands (computed while on screen, else once a drag pauses).
 * While the chart is on screen and these are not, they keep the runs they show until the drag
 * pauses (the runs are copies: nothing overwrites what they hold).
 */
export function CompareHeatmaps() {
  const id = useId();
  const on = useLab(selectCompareOn);
  const [box, compare] = useComparePart('heatmaps', on);
  const t = useGateScope(selectTimeStep);
  const runs = compareListOf(compare);
  const setTimeStep = useGateScope(selectSetTimeStep);
  const m = useMessages(compareMessages);
  // The wrapper is always laid out (if empty), so that the visibility observer can watch it.
  return (
    <div ref={box} className="lab-compare-wide">
      {on && runs.length > 0 && (
        <section className="panel lab-compare" aria-labelledby={id}>
          <h2 id={id}>{m.hiddenHeading}</h2>
          <div className="lab-compare-heatmaps">
            {runs.map((r) => (
              <HiddenHeatmap key={r.cell} run={r} t={t} setTimeStep={setTimeStep} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}

interface HeatProps {
  readonly run: CompareRun;
  readonly t: number;
  readonly setTimeStep: (t: number) => void;
}

const HiddenHeatmap = memo(function HiddenHeatmap({ run, t, setTimeStep }: HeatProps) {
  const m = useMessages(compareMessages);
  return (
    <Heatmap
      title={m.hiddenTitle(CELL_LABELS[run.cell])}
      values={run.hidden}
      rows={run.hiddenSize}
      cols={run.seqLen}
      scale={HIDDEN_SCALE}
      cursor={t}
      onCursorChange={setTimeStep}
    />
  );
});
