import { memo } from 'react';
import { arrowHead, roundedOutline, shortenEnd, wirePath } from '../../charts/wirePath';
import { GATE_HALF, OP_R, type OpNode, type StepShape, type Wire } from './layout';

/** Where a part stands at the cursor: given (read by the step), done, current or pending. */
export type Status = 'given' | 'done' | 'current' | 'pending';

/** The status of a part owned by sub-step `owner` (−1: given) while sub-step `sub` is current. */
export const statusOf = (owner: number, sub: number): Status =>
  owner < 0 ? 'given' : owner < sub ? 'done' : owner === sub ? 'current' : 'pending';

/** Text with TeX-style subscripts (`c_{t−1}`) as SVG tspans. */
export function SvgMath({ text }: { text: string }) {
  const parts = text.split(/_(\{[^}]*\}|[A-Za-z0-9]+)/);
  return (
    <>
      {parts.map((part, k) =>
        k % 2 === 0 ? (
          <tspan key={k}>{part}</tspan>
        ) : (
          <tspan key={k} className="sub" dy="0.3em">
            {part.replace(/^\{(.*)\}$/, '$1')}
          </tspan>
        ),
      )}
    </>
  );
}

/** A numbered step's region: tinted outline, number badge and title. */
export const StepRegion = memo(function StepRegion(props: {
  shape: StepShape;
  id: string;
  index: number;
  title: string;
  status: Status;
  entering: boolean;
}) {
  const { shape, id, index, title, status, entering } = props;
  const [bx, by] = shape.badge;
  const [tx, ty] = shape.title;
  return (
    <g
      className={`step-region ${status}${entering ? ' entering' : ''}`}
      data-step={id}
      data-substep={index + 1}
      data-status={status}
    >
      <path className="region" d={roundedOutline(shape.outline, 12)} />
      <circle className="badge" cx={bx} cy={by} r={12} />
      <text className="badge-number" x={bx} y={by} dy="0.35em" textAnchor="middle">
        {index + 1}
      </text>
      <text className="step-title" x={tx} y={ty} textAnchor={shape.anchor}>
        {title}
      </text>
    </g>
  );
});

/** A wire: rounded polyline, arrowhead, and while its step comes in, a travelling pulse. */
export const WireMark = memo(function WireMark(props: {
  wire: Wire;
  status: Status;
  flow: boolean;
  stepId?: string;
}) {
  const { wire, status, flow } = props;
  const points = wire.arrow ? shortenEnd(wire.points, 7) : wire.points;
  const d = wirePath(points);
  return (
    <g className={`wire ${status}`} data-step={props.stepId}>
      <path className="wire-line" d={d} />
      {wire.arrow && <path className="wire-arrow" d={arrowHead(wire.points, 9)} />}
      {flow && (
        <path
          className={`flow-pulse phase-${wire.phase ?? 0}`}
          d={wirePath(wire.points)}
          pathLength={100}
        />
      )}
    </g>
  );
});

const OP_TEXT: Record<OpNode['kind'], string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  mul: '×',
  add: '+',
  oneMinus: '1−',
  tanhOp: 'tanh',
  junction: '',
};

/** An operation: σ / tanh layer as a box, pointwise ops as circles or a pill, junctions as dots. */
export const OpMark = memo(function OpMark(props: {
  node: OpNode;
  status: Status;
  stepId?: string;
}) {
  const { node, status, stepId } = props;
  const [x, y] = node.at;
  const cls = `op op-${node.kind} ${status}`;
  if (node.kind === 'junction')
    return <circle className={cls} data-step={stepId} cx={x} cy={y} r={4} />;
  const text = (
    <text x={x} y={y} dy="0.35em" textAnchor="middle">
      {OP_TEXT[node.kind]}
    </text>
  );
  if (node.kind === 'sigmoid' || node.kind === 'tanh') {
    const { w, h } = GATE_HALF;
    return (
      <g className={cls} data-step={stepId}>
        <rect x={x - w} y={y - h} width={2 * w} height={2 * h} rx={7} />
        {text}
      </g>
    );
  }
  if (node.kind === 'tanhOp') {
    return (
      <g className={cls} data-step={stepId}>
        <rect x={x - 24} y={y - 13} width={48} height={26} rx={13} />
        {text}
      </g>
    );
  }
  const r = node.kind === 'oneMinus' ? OP_R + 2 : OP_R;
  return (
    <g className={cls} data-step={stepId}>
      <circle cx={x} cy={y} r={r} />
      {text}
    </g>
  );
});
