import { memo, useId, useMemo, useState } from 'react';
import { BarChart } from '../../charts';
import { useLang, useMessages } from '../../i18n';
import { selectSetTimeStep, useGateScope } from '../../store';
import { contributionsOf } from '../../store/gradientSelectors';
import type { contributionView } from '../../store/gradientViews';
import { contributionSentence } from '../../store/whyItHappens';
import { OKABE_ITO } from '../../theme';
import { gradientLabMessages } from './messages';
import { useScreenBox } from '../useWhileVisible';
import { useDeferredRun } from './useDeferredSelect';

/**
 * "Where the weight gradient comes from": each step's share ‖C_t‖_F of ∂L/∂W_hh as a bar, on a
 * linear or log axis. Once the gradient has vanished, early steps add nothing.
 */
export function WeightGradPanel() {
  const [box, onScreen] = useScreenBox();
  const { run: parts, runId: run, t } = useDeferredRun(onScreen);
  const view = contributionsOf(parts);
  const setTimeStep = useGateScope(selectSetTimeStep);
  return <WeightGradChart view={view} run={run} t={t} setTimeStep={setTimeStep} box={box} />;
}

interface ChartProps {
  readonly view: ReturnType<typeof contributionView>;
  readonly run: number;
  readonly t: number;
  readonly setTimeStep: (t: number) => void;
  /** The callback ref that tells the panel whether it is on screen. */
  readonly box: (el: Element | null) => void;
}

const WeightGradChart = memo(function WeightGradChart({
  view,
  run,
  t,
  setTimeStep,
  box,
}: ChartProps) {
  const id = useId();
  const lang = useLang();
  const m = useMessages(gradientLabMessages);
  const [log, setLog] = useState(false);
  const series = useMemo(
    () => ({ label: m.share, values: view.values, colour: OKABE_ITO.green }),
    [view, m],
  );
  return (
    <div ref={box} data-run={run}>
      <BarChart
        title={m.weightTitle}
        series={series}
        yScale={log ? 'log' : 'linear'}
        yLabel={log ? '‖C_t‖_F (log)' : '‖C_t‖_F'}
        cursor={t}
        onCursorChange={setTimeStep}
      >
        <p className="lab-explain">{m.weightExplain(contributionSentence(view.values, lang))}</p>
        <label className="lab-toggle" htmlFor={id}>
          <input id={id} type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />
          {m.logScale}
        </label>
      </BarChart>
    </div>
  );
});
