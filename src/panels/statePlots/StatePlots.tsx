import { memo, useCallback, useId, useMemo, useState } from 'react';
import { Heatmap, LineChart, type HeatScale, type Series } from '../../charts';
import { useMessages } from '../../i18n';
import { selectSetTimeStep, useGateScope } from '../../store';
import { layerMatrix, unitColumn } from '../heatmaps/layerMatrix';
import { statePlotsMessages } from './messages';
import { UnitPicker } from './UnitPicker';
import { defaultUnits, toggleUnit, unitsWithin } from './unitChoice';
import '../heatmaps/heatmaps.css';
import './statePlots.css';
import { useShownTrace, type ShownTrace } from '../heatmaps/useShownTrace';
import { useScreenBox } from '../useWhileVisible';
import { HeldOffScreen } from '../HeldOffScreen';
import { smallRun } from '../../store/compare';

const SIGNED: HeatScale = { kind: 'diverging' };

/** One state: its trace quantity and how its charts are titled. */
const STATES = [
  { quantity: 'c', title: 'cellTitle', symbol: 'cₜ', lstmOnly: true },
  { quantity: 'h', title: 'hiddenTitle', symbol: 'hₜ', lstmOnly: false },
] as const;

/**
 * "Cell state" (LSTM) and "Hidden state": a units × time heatmap of each (diverging colours),
 * and under it line plots of the units chosen in the picker (the first three by default), all
 * on the stepper's time cursor.
 */
export function StatePlots() {
  const [box, onScreen] = useScreenBox();
  const shown = useShownTrace(onScreen);
  const setTimeStep = useGateScope(selectSetTimeStep);
  return <StatePlotsOf shown={shown} t={shown.t} setTimeStep={setTimeStep} box={box} />;
}

/** What the panel draws: the shown run, and the shared time cursor. */
interface StatePlotsOfProps {
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
const StatePlotsOf = memo(function StatePlotsOf({ shown, t, setTimeStep, box }: StatePlotsOfProps) {
  const id = useId();
  const m = useMessages(statePlotsMessages);
  const { trace, layer, sample } = shown;
  const { cell, hiddenSize: H, numLayers } = trace.config;
  const [picked, setPicked] = useState<number[]>(() => defaultUnits(H));
  const units = useMemo(() => unitsWithin(picked, H), [picked, H]);
  // Stable while the units stay the same, so the picker's checkboxes skip cursor moves.
  const onToggle = useCallback((j: number) => setPicked(toggleUnit(units, j)), [units]);
  const plots = useMemo(
    () =>
      STATES.filter((s) => cell === 'lstm' || !s.lstmOnly).map((s) => {
        const matrix = layerMatrix(trace, layer, sample, s.quantity);
        const series: Series[] = units.map((j) => ({
          label: m.unit(j + 1),
          values: unitColumn(matrix, H, j),
        }));
        return { ...s, title: m[s.title], matrix, series };
      }),
    [cell, trace, layer, sample, units, H, m],
  );
  const where = numLayers > 1 ? m.layer(layer + 1) : '';
  const small = smallRun(trace);
  return (
    <section ref={box} data-run={shown.runId} className="panel state-plots" aria-labelledby={id}>
      <h2 id={id} className="heatmaps-heading">
        {cell === 'lstm' ? m.cellAndHidden : m.hidden}
        {where}
      </h2>
      <p className="heatmaps-note">{m.note}</p>
      <div className="state-grid" data-count={plots.length}>
        {plots.map((p) => (
          <div key={p.quantity} className="state-column">
            <HeldOffScreen runId={shown.runId} small={small}>
              <Heatmap
                title={`${p.title}${where}`}
                values={p.matrix}
                rows={H}
                cols={trace.seqLen}
                scale={SIGNED}
                step={p.quantity === 'c' ? 'cell' : 'hidden'}
                cursor={t}
                onCursorChange={setTimeStep}
              />
            </HeldOffScreen>
            <HeldOffScreen runId={shown.runId} small={small}>
              <LineChart
                title={m.chosenUnits(p.title, where)}
                series={p.series}
                yLabel={p.symbol}
                step={p.quantity === 'c' ? 'cell' : 'hidden'}
                cursor={t}
                onCursorChange={setTimeStep}
                height={130}
                legend
              />
            </HeldOffScreen>
          </div>
        ))}
      </div>
      <UnitPicker units={H} chosen={units} onToggle={onToggle} />
    </section>
  );
});
