import { memo, useMemo, useState } from 'react';
import { LineChart, type Series } from '../../charts';
import { useLang, useMessages } from '../../i18n';
import { selectSetTimeStep, selectSettings, useGateScope, type Settings } from '../../store';
import { smallRun } from '../../store/compare';
import { sameSettings } from '../../store/settings';
import { gatePathOf } from '../../store/gradientSelectors';
import { FACTOR_BANDS, rnnWhyView, type GatePathView } from '../../store/gradientViews';
import { gatePathSentence, rnnWhySentence } from '../../store/whyItHappens';
import { selectJacobian, type JacobianResult } from '../../store/labAsync';
import { OKABE_ITO } from '../../theme';
import { useLab } from '../labControls/LabProvider';
import { usePartOnScreen } from '../labControls/usePartOnScreen';
import { gradientLabMessages } from './messages';
import { Prose } from './Prose';
import { useScreenBox, useWhileVisible } from '../useWhileVisible';
import { useRunNow, type DeferredRun } from './useDeferredSelect';

/** ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ drawn as on the gradient-norm plot; the path (or bound) apart. */
const STATE_STYLE = {
  h: { colour: OKABE_ITO.blue, dash: '' },
  c: { colour: OKABE_ITO.vermillion, dash: '6 3' },
} as const;
const PATH_STYLE = { colour: OKABE_ITO.green, dash: '8 3 2 3' } as const;

const GATE_TEXT = {
  f: { title: 'whyForget', state: 'c', product: '∏ f' },
  z: { title: 'whyUpdate', state: 'h', product: '∏ z' },
} as const;

/**
 * "Why it happens", beside the gradient plot: for an RNN the measured factor per step back and
 * the Jacobian bound ‖diag(1 − h_t²) W_hh‖; for an LSTM or GRU the gradient that the memory
 * gate's path alone carries. Redrawn with the main plot while on screen (a run from a worker:
 * a frame after it; off screen: once a drag pauses); for an RNN once the bounds for the run
 * are there (busy until then, showing the last run whose bounds it has): on screen, a small
 * run's are computed with it, for the same frame; else a worker's land later.
 */
export function WhyPanel() {
  const [box, onScreen] = useScreenBox();
  usePartOnScreen('bounds', onScreen);
  const now = useRunNow();
  const jacobian = useLab(selectJacobian);
  const settings = useGateScope(selectSettings);
  const latest = useMemo(
    () => ({ deferred: now, bounds: jacobian, current: boundsFit(jacobian, settings) }),
    [now, jacobian, settings],
  );
  // The run, the cursor and the RNN's bounds from the worker, held together off screen. An
  // RNN's run waits for its bounds: the chart never pairs a run with another run's bounds, and
  // is drawn once per run (when they land), not twice.
  const { deferred, bounds, current } = useWhileVisible(
    useLatestWhere(latest, (v) => v.deferred.cell !== 'rnn' || v.current),
    onScreen,
    smallRun(now.run.trace),
  );
  const setTimeStep = useGateScope(selectSetTimeStep);
  const props = { deferred, t: deferred.t, setTimeStep };
  const waiting = deferred.runId !== now.runId || (deferred.cell === 'rnn' && !current);
  return (
    <div ref={box} data-run={deferred.runId} aria-busy={waiting}>
      {deferred.cell === 'rnn' ? (
        <JacobianChart {...props} result={bounds} />
      ) : (
        <GatePathPanel {...props} />
      )}
    </div>
  );
}

/**
 * `value` when it satisfies `ready`; else the last value that did (or, before any has, `value`
 * itself, so that there is always something to show).
 */
function useLatestWhere<T>(value: T, ready: (v: T) => boolean): T {
  const [last, setLast] = useState(value);
  const ok = ready(value);
  // Derived state, updated during render (React's documented pattern for it).
  if (ok && !Object.is(last, value)) setLast(value);
  return ok ? value : last;
}

/** Whether the worker's bounds are those of the run of `settings`. */
function boundsFit(result: JacobianResult | null, settings: Settings): boolean {
  return result !== null && sameSettings(result.settings, settings);
}

interface CursorProps {
  readonly t: number;
  readonly setTimeStep: (t: number) => void;
}

function GatePathPanel({ deferred, ...props }: CursorProps & { deferred: DeferredRun }) {
  const view = gatePathOf(deferred.run);
  return view ? <GatePathChart view={view} {...props} /> : null;
}

const GatePathChart = memo(function GatePathChart({
  view,
  t,
  setTimeStep,
}: CursorProps & { view: GatePathView }) {
  const g = GATE_TEXT[view.gate];
  const lang = useLang();
  const m = useMessages(gradientLabMessages);
  const series = useMemo<Series[]>(() => {
    const T = view.pathNorm.length - 1;
    return [
      { label: m.bptt(g.state), values: view.memoryNorm, ...STATE_STYLE[g.state] },
      { label: m.gatePathOnly(g.product, g.state, T), values: view.pathNorm, ...PATH_STYLE },
    ];
  }, [view, g, m]);
  return (
    <LineChart
      title={m[g.title]}
      series={series}
      yScale="log"
      breaksFrom="end"
      yLabel={m.normAxis}
      cursor={t}
      onCursorChange={setTimeStep}
    >
      <Prose className="lab-explain" text={gatePathSentence(view.gate, view.summary, lang)} />
    </LineChart>
  );
});

/** Memoised: its props are held while the panel is off screen, so a drag skips it there. */
const JacobianChart = memo(function JacobianChart({
  deferred,
  result,
  ...props
}: CursorProps & { deferred: DeferredRun; result: JacobianResult | null }) {
  const { grads } = deferred.run;
  const { loss } = deferred;
  const bounds = result && result.settings.cell === 'rnn' ? result.factors : null;
  const view = useMemo(() => rnnWhyView(grads, loss, bounds), [grads, loss, bounds]);
  return <FactorChart view={view} {...props} />;
});

const FactorChart = memo(function FactorChart({
  view,
  t,
  setTimeStep,
}: CursorProps & { view: ReturnType<typeof rnnWhyView> }) {
  const lang = useLang();
  const m = useMessages(gradientLabMessages);
  const series = useMemo<Series[]>(() => {
    const measured: Series = { label: m.measured, values: view.measured, ...STATE_STYLE.h };
    if (!view.bounds) return [measured];
    return [measured, { label: m.bound, values: view.bounds, ...PATH_STYLE }];
  }, [view, m]);
  return (
    <LineChart
      title={m.whyFactor}
      series={series}
      yScale="log"
      breaksFrom="end"
      yDomain={view.domain}
      yLabel={m.factorAxis}
      bands={FACTOR_BANDS[lang]}
      cursor={t}
      onCursorChange={setTimeStep}
      legend
    >
      <Prose className="lab-explain" text={rnnWhySentence(view.summary, view.loss, lang)} />
    </LineChart>
  );
});
