import { MathText } from '../MathText';
import { formatValue } from '../format';

/** Which cell the tooltip is for, and where it goes (in the frame's coordinates). */
export interface TooltipState {
  /** The strip's quantity. */
  readonly id: string;
  /** k: the cell's index. */
  readonly index: number;
  readonly value: number;
  readonly left: number;
  readonly top: number;
  /** How the tooltip sits on `left`: starting, centred or ending there. */
  readonly align: 'start' | 'middle' | 'end';
}

/**
 * The exact value of the hovered or focused strip cell. Visual only: the cell's accessible
 * name already holds the same value.
 */
export function StripTooltip(props: {
  tip: TooltipState;
  /** The cell's symbol with its index, TeX-style: `f_t[3]`. */
  symbol: string;
  meaning: string;
}) {
  const { tip, symbol, meaning } = props;
  const rounded = formatValue(tip.value);
  return (
    <div
      className={`strip-tooltip ${tip.align}`}
      aria-hidden="true"
      style={{ left: tip.left, top: tip.top }}
    >
      <span className="tip-symbol">
        <MathText text={symbol} />
      </span>{' '}
      = <span className="tip-value">{String(tip.value)}</span>
      {rounded !== String(tip.value) && <span className="tip-rounded"> ≈ {rounded}</span>}
      <span className="tip-meaning">{meaning}</span>
    </div>
  );
}
