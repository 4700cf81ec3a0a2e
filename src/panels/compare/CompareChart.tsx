import { memo, useId, useMemo } from 'react';
import { LineChart, type Series } from '../../charts';
import { useLang, useMessages } from '../../i18n';
import { selectSetTimeStep, selectTimeStep, useGateScope } from '../../store';
import type { CompareRun } from '../../store/compare';
import { compareLine, memoryCurve } from '../../store/compareViews';
import { compareListOf, compareUpToDate, selectCompareKey } from '../../store/gradientSelectors';
import { selectCompareOn } from '../../store/labAsync';
import { CELL_STYLES } from '../../theme';
import { CELL_LABELS } from '../controls/announce';
import { ProseText } from '../gradientLab/Prose';
import { useLab } from '../labControls/LabProvider';
import { compareMessages } from './messages';
import { useComparePart } from './useComparePart';
import './compare.css';

/**
 * RNN, LSTM and GRU on the same input, seed and scales: their gradient norms overlaid on one log
 * chart (a colour and a dash per cell), on the widget's time cursor, with a sentence per cell.
 * Computed while on screen (else once a drag pauses); busy until all three have landed. While
 * the heatmaps are on screen and this is not, it keeps the runs it shows until the drag pauses.
 */
export function CompareChart() {
  const id = useId();
  const on = useLab(selectCompareOn);
  const [box, compare] = useComparePart('chart', on);
  const t = useGateScope(selectTimeStep);
  const runs = compareListOf(compare);
  const key = useGateScope(selectCompareKey);
  const setTimeStep = useGateScope(selectSetTimeStep);
  const m = useMessages(compareMessages);
  if (!on) return null;
  return (
    <section
      ref={box}
      className="panel lab-compare"
      aria-labelledby={id}
      aria-busy={!compareUpToDate(compare, key)}
    >
      <h2 id={id}>{m.heading}</h2>
      <p className="lab-hint">{m.hint}</p>
      {runs.length > 0 && <CompareLines runs={runs} t={t} setTimeStep={setTimeStep} />}
    </section>
  );
}

interface LinesProps {
  readonly runs: readonly CompareRun[];
  readonly t: number;
  readonly setTimeStep: (t: number) => void;
}

const CompareLines = memo(function CompareLines({ runs, t, setTimeStep }: LinesProps) {
  const lang = useLang();
  const m = useMessages(compareMessages);
  const series = useMemo<Series[]>(
    () =>
      runs.map((r) => ({
        label: `${CELL_LABELS[r.cell]} ‖∂L/∂${r.memory}_t‖`,
        values: memoryCurve(r),
        colour: CELL_STYLES[r.cell].colour,
        dash: CELL_STYLES[r.cell].dash,
      })),
    [runs],
  );
  return (
    <LineChart
      title={m.chartTitle}
      series={series}
      yScale="log"
      breaksFrom="end"
      yLabel={m.normAxis}
      cursor={t}
      onCursorChange={setTimeStep}
      legend
    >
      <ul className="lab-compare-lines">
        {runs.map((r) => {
          const line = compareLine(r, lang);
          return (
            <li key={r.cell} data-cell={r.cell} data-verdict={line.verdict}>
              <ProseText text={line.sentence} />
            </li>
          );
        })}
      </ul>
    </LineChart>
  );
});
