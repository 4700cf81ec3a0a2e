import { memo, useId, useMemo, useState } from 'react';
import { BarChart } from '../../charts';
import { selectSetTimeStep, selectTimeStep, useGateScope } from '../../store';
import { contributionsOf } from '../../store/gradientSelectors';
import type { contributionView } from '../../store/gradientViews';
import { OKABE_ITO } from '../../theme';
import { useDeferredRun } from './useDeferredSelect';

/**
 * "Where the weight gradient comes from": each step's share ‖C_t‖_F of ∂L/∂W_hh as a bar, on a
 * linear or log axis. Once the gradient has vanished, early steps add nothing.
 */
export function WeightGradPanel() {
  const { run: parts, runId: run } = useDeferredRun();
  const view = contributionsOf(parts);
  const t = useGateScope(selectTimeStep);
  const setTimeStep = useGateScope(selectSetTimeStep);
  return <WeightGradChart view={view} run={run} t={t} setTimeStep={setTimeStep} />;
}

interface ChartProps {
  readonly view: ReturnType<typeof contributionView>;
  readonly run: number;
  readonly t: number;
  readonly setTimeStep: (t: number) => void;
}

const WeightGradChart = memo(function WeightGradChart({ view, run, t, setTimeStep }: ChartProps) {
  const id = useId();
  const [log, setLog] = useState(false);
  const series = useMemo(
    () => ({ label: 'share of ∂L/∂W_hh', values: view.values, colour: OKABE_ITO.green }),
    [view],
  );
  return (
    <div data-run={run}>
      <BarChart
        title="Where the weight gradient comes from"
        series={series}
        yScale={log ? 'log' : 'linear'}
        yLabel={log ? '‖C_t‖_F (log)' : '‖C_t‖_F'}
        cursor={t}
        onCursorChange={setTimeStep}
      >
        <p className="lab-explain">
          Each bar is ‖C_t‖_F, where C_t = (∂L/∂a_t) h_(t−1)ᵀ is step t’s share of ∂L/∂W_hh (a_t:
          the step’s pre-activations; the shares sum to the gradient). {view.sentence}
        </p>
        <label className="lab-toggle" htmlFor={id}>
          <input id={id} type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />
          Log scale
        </label>
      </BarChart>
    </div>
  );
});
