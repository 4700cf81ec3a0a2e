import type { KeyboardEvent, PointerEvent } from 'react';
import { useMessages } from '../i18n';
import { indexAt, type PlotBox } from './layout';
import { chartMessages } from './messages';

/** Props of the cursor layer laid over a chart's plot area. */
export interface CursorSliderProps {
  /** The plot area, in the graphic's coordinates. */
  readonly box: PlotBox;
  /** n: the cursor moves over step indices 0 … n − 1. */
  readonly count: number;
  /** The cursor's step index. */
  readonly value: number;
  /** Called with the step index the user moved to (by click, drag or key). */
  readonly onChange: (i: number) => void;
  /** The step number shown for index 0 (the value announced is value + first). */
  readonly first?: number;
  /** What a screen reader announces for the cursor, e.g. "t = 7: ‖∂L/∂h_t‖ 3.1e-9". */
  readonly valueText: string;
  /** The id of the chart's title, which describes the slider. */
  readonly describedBy?: string;
  /** Called as the pointer moves over the plot: step index and x, y in plot coordinates, or null. */
  readonly onHover?: (point: { i: number; x: number; y: number } | null) => void;
}

const KEY_MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowLeft: (i) => i - 1,
  ArrowDown: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  ArrowUp: (i) => i + 1,
  PageDown: (i) => i - 10,
  PageUp: (i) => i + 10,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * A transparent slider over the plot area: click or drag to move the cursor to a step, or
 * focus it and use the arrow keys (Page Up/Down: ten steps, Home/End). Named "Chart cursor"
 * and described by the chart's title, so it never shadows the app's "Time step" slider.
 * Handled keys are marked as used (preventDefault), so page-level shortcuts leave them alone.
 */
export function CursorSlider({
  box,
  count,
  value,
  onChange,
  first = 0,
  valueText,
  describedBy,
  onHover,
}: CursorSliderProps) {
  const m = useMessages(chartMessages);
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  const pointAt = (e: PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - r.left;
    return { i: indexAt(x, count, r.width || box.width), x, y: e.clientY - r.top };
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const next = clamp(move(value, count));
    if (next !== value) onChange(next);
  };
  return (
    <div
      className="chart-cursor"
      role="slider"
      tabIndex={0}
      aria-label={m.cursor}
      aria-describedby={describedBy}
      aria-orientation="horizontal"
      aria-valuemin={first}
      aria-valuemax={first + count - 1}
      aria-valuenow={first + value}
      aria-valuetext={valueText}
      style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        const { i } = pointAt(e);
        if (i !== value) onChange(i);
      }}
      onPointerMove={(e) => {
        const p = pointAt(e);
        onHover?.(p);
        if (e.buttons & 1 && p.i !== value) onChange(p.i);
      }}
      onPointerLeave={() => onHover?.(null)}
    />
  );
}
