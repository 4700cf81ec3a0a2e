import { memo, useMemo } from 'react';
import { LineChart, type Series } from '../../charts';
import { selectSetTimeStep, selectTimeStep, useGateScope } from '../../store';
import { gatePathOf } from '../../store/gradientSelectors';
import { FACTOR_BANDS, rnnWhyView, type GatePathView } from '../../store/gradientViews';
import { selectJacobian } from '../../store/labAsync';
import { OKABE_ITO } from '../../theme';
import { useLab } from '../labControls/LabProvider';
import { Prose } from './Prose';
import { useDeferredRun, type DeferredRun } from './useDeferredSelect';

/** ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ drawn as on the gradient-norm plot; the path (or bound) apart. */
const STATE_STYLE = {
  h: { colour: OKABE_ITO.blue, dash: '' },
  c: { colour: OKABE_ITO.vermillion, dash: '6 3' },
} as const;
const PATH_STYLE = { colour: OKABE_ITO.green, dash: '8 3 2 3' } as const;

const GATE_TEXT = {
  f: { title: 'the forget gate along the cell path', state: 'c', product: '∏ f' },
  z: { title: 'the update gate along the state path', state: 'h', product: '∏ z' },
} as const;

/**
 * "Why it happens", beside the gradient plot: for an RNN the measured factor per step back and
 * the Jacobian bound ‖diag(1 − h_t²) W_hh‖; for an LSTM or GRU the gradient that the memory
 * gate's path alone carries. Drawn after the main plot (deferred) while a slider drags.
 */
export function WhyPanel() {
  const deferred = useDeferredRun();
  const t = useGateScope(selectTimeStep);
  const setTimeStep = useGateScope(selectSetTimeStep);
  const props = { deferred, t, setTimeStep };
  return (
    <div data-run={deferred.runId}>
      {deferred.cell === 'rnn' ? <JacobianChart {...props} /> : <GatePathPanel {...props} />}
    </div>
  );
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
  const series = useMemo<Series[]>(() => {
    const T = view.pathNorm.length - 1;
    return [
      { label: `‖∂L/∂${g.state}_t‖ (BPTT)`, values: view.memoryNorm, ...STATE_STYLE[g.state] },
      {
        label: `‖(${g.product}) ⊙ ∂L/∂${g.state}_${T}‖ (gate path only)`,
        values: view.pathNorm,
        ...PATH_STYLE,
      },
    ];
  }, [view, g]);
  return (
    <LineChart
      title={`Why it happens: ${g.title}`}
      series={series}
      yScale="log"
      breaksFrom="end"
      yLabel="gradient norm (log)"
      cursor={t}
      onCursorChange={setTimeStep}
    >
      <Prose className="lab-explain" text={view.sentence} />
    </LineChart>
  );
});

function JacobianChart({ deferred, ...props }: CursorProps & { deferred: DeferredRun }) {
  const result = useLab(selectJacobian);
  const { grads } = deferred.run;
  const { loss } = deferred;
  const bounds = result && result.settings.cell === 'rnn' ? result.factors : null;
  const view = useMemo(() => rnnWhyView(grads, loss, bounds), [grads, loss, bounds]);
  return <FactorChart view={view} {...props} />;
}

const FactorChart = memo(function FactorChart({
  view,
  t,
  setTimeStep,
}: CursorProps & { view: ReturnType<typeof rnnWhyView> }) {
  const series = useMemo<Series[]>(() => {
    const measured: Series = {
      label: 'measured ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖',
      values: view.measured,
      ...STATE_STYLE.h,
    };
    if (!view.bounds) return [measured];
    return [measured, { label: 'bound ‖diag(1 − h_t²) W_hh‖', values: view.bounds, ...PATH_STYLE }];
  }, [view]);
  return (
    <LineChart
      title="Why it happens: the factor per step back"
      series={series}
      yScale="log"
      breaksFrom="end"
      yDomain={view.domain}
      yLabel="factor per step (log)"
      bands={FACTOR_BANDS}
      cursor={t}
      onCursorChange={setTimeStep}
      legend
    >
      <Prose className="lab-explain" text={view.sentence} />
    </LineChart>
  );
});
