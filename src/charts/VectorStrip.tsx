import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { gateColour, signedColour } from '../theme';
import { stripKeyTarget, type StripPlacement } from './stripLayout';
import './vectorStrip.css';

/** What a hovered or focused cell shows in a tooltip. */
export interface StripInspect {
  /** The strip's `id`. */
  readonly id: string;
  /** k: the cell's index. */
  readonly index: number;
  readonly value: number;
  /** The cell's element, to place the tooltip by. */
  readonly anchor: Element;
}

/** How a strip colours its values. */
export type StripScale =
  /** Sequential 0–1, for gate activations (cividis). */
  | { readonly kind: 'gate' }
  /** Diverging on the symmetric domain [−m, m], for signed values (purple–white–orange). */
  | { readonly kind: 'signed'; readonly m: number };

export interface VectorStripProps {
  /** The vector, or null while it is not computed yet: then the cells are drawn empty. */
  readonly values: ArrayLike<number> | null;
  /** Where the cells go (see `placeStrip`); it fixes the number of cells. */
  readonly placement: StripPlacement;
  readonly scale: StripScale;
  /** Accessible name of the strip, e.g. `f_t, forget gate`. */
  readonly name: string;
  /** Identifies the strip to `onInspect`. */
  readonly id: string;
  /**
   * What a cell is, before its number: cell k's accessible name is `${cellLabel} ${k + 1} =
   * ${exact value}`, e.g. `forget gate, unit 3 = 0.7012…`.
   */
  readonly cellLabel: string;
  /** The chosen unit j, outlined (null: none). */
  readonly selected?: number | null;
  /** Makes the strip a listbox whose focus chooses the unit: called with the cell's index. */
  readonly onSelect?: (k: number) => void;
  /** Called when a cell is hovered or focused, and with null when that ends. */
  readonly onInspect?: (inspect: StripInspect | null) => void;
  /** Extra classes on the strip's group (e.g. `entering` to play the fill-in animation). */
  readonly className?: string;
}

const EMPTY_FILL = '#ffffff';
const NAN_FILL = '#9aa0a6';

/** The colour of a value on a strip's scale (grey for NaN). */
export function stripColour(v: number, scale: StripScale): string {
  if (Number.isNaN(v)) return NAN_FILL;
  return scale.kind === 'gate' ? gateColour(v) : signedColour(v, scale.m);
}

/** Same values, element by element (strips get fresh subarrays of unchanged data). */
function sameValues(a: ArrayLike<number> | null, b: ArrayLike<number> | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}

/** Props equal for rendering: values by content, everything else by identity. */
export function sameStripProps(a: VectorStripProps, b: VectorStripProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof VectorStripProps>;
  for (const key of keys) {
    if (key === 'values' ? !sameValues(a.values, b.values) : a[key] !== b[key]) return false;
  }
  return true;
}

/**
 * A vector drawn as a strip of small cells coloured by value, wrapping into rows. One tab stop:
 * arrow keys, Home and End move between cells (roving tabindex); each cell's accessible name
 * holds its exact value. With `onSelect` the strip is a listbox whose selection is the unit.
 */
function Strip(props: VectorStripProps) {
  const {
    id,
    values,
    placement,
    scale,
    name,
    cellLabel,
    selected = null,
    onSelect,
    onInspect,
  } = props;
  const { layout } = placement;
  const cellRefs = useRef<(SVGRectElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState(0);
  const n = layout.cells.length;
  const active = Math.min(n - 1, onSelect && selected !== null ? selected : focusIndex);
  const pending = values === null;

  const moveTo = (k: number) => {
    setFocusIndex(k);
    onSelect?.(k);
    cellRefs.current[k]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<SVGRectElement>, k: number) => {
    const next = stripKeyTarget(e.key, k, n, layout.columns);
    if (next === null || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault(); // the stepper's own arrow keys must not also act
    moveTo(next);
  };
  const inspect = (k: number, target: Element) =>
    values && onInspect?.({ id, index: k, value: values[k], anchor: target });

  const { cell } = layout;
  const sel = selected !== null && selected < n && !pending ? layout.cells[selected] : null;
  const classes = ['vector-strip', pending ? 'pending' : '', props.className ?? ''];
  return (
    <g
      className={classes.join(' ').trim()}
      transform={`translate(${placement.x},${placement.y})`}
      role={pending ? undefined : onSelect ? 'listbox' : 'group'}
      aria-label={pending ? undefined : name}
      aria-orientation={onSelect ? 'horizontal' : undefined}
      aria-hidden={pending ? true : undefined}
    >
      <rect
        className="strip-back"
        x={-3}
        y={-3}
        width={layout.width + 6}
        height={layout.height + 6}
        rx={4}
      />
      <g className="strip-cells">
        {layout.cells.map(({ x, y }, k) => {
          const v = values?.[k];
          const label = v === undefined ? undefined : `${cellLabel} ${k + 1} = ${String(v)}`;
          return (
            <rect
              key={k}
              ref={(el) => {
                cellRefs.current[k] = el;
              }}
              className="strip-cell"
              x={x}
              y={y}
              width={cell}
              height={cell}
              rx={Math.min(3, cell / 5)}
              fill={v === undefined ? EMPTY_FILL : stripColour(v, scale)}
              role={pending ? undefined : onSelect ? 'option' : 'img'}
              aria-label={label}
              aria-selected={onSelect && !pending ? k === selected : undefined}
              tabIndex={pending ? undefined : k === active ? 0 : -1}
              data-value={v === undefined ? undefined : String(v)}
              onKeyDown={pending ? undefined : (e) => onKeyDown(e, k)}
              onFocus={(e) => {
                if (!pending) setFocusIndex(k);
                inspect(k, e.currentTarget);
              }}
              onBlur={() => onInspect?.(null)}
              onMouseEnter={(e) => inspect(k, e.currentTarget)}
              onMouseLeave={() => onInspect?.(null)}
              onClick={onSelect && !pending ? () => moveTo(k) : undefined}
            />
          );
        })}
      </g>
      {sel && (
        <g className="strip-selected" aria-hidden="true">
          <rect x={sel.x - 2.5} y={sel.y - 2.5} width={cell + 5} height={cell + 5} rx={3} />
          <rect
            className="inner"
            x={sel.x - 0.5}
            y={sel.y - 0.5}
            width={cell + 1}
            height={cell + 1}
            rx={2}
          />
        </g>
      )}
    </g>
  );
}

/** The strip, re-rendered only when what it shows changes (it is drawn many times per step). */
export const VectorStrip = memo(Strip, sameStripProps);
