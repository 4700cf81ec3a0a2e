/** Where legend entries go: left to right, wrapping to a new line when the width runs out. */

/** One placed legend entry: its top-left corner. */
export interface LegendSlot {
  readonly x: number;
  readonly y: number;
}

/** Rough width of a label in the chart font (11–12 px system UI): no DOM measuring needed. */
export const labelWidth = (text: string): number => Array.from(text).length * 6.6;

/** Swatch (line sample) width plus its gap to the label. */
export const SWATCH = 26;
/** Gap between entries and the height of one legend line. */
const GAP = 16;
export const LEGEND_LINE = 18;

/** Slots for legend labels within `width`, and the legend's total height. */
export function legendLayout(
  labels: readonly string[],
  width: number,
): { slots: LegendSlot[]; height: number } {
  let x = 0;
  let y = 0;
  const slots = labels.map((label) => {
    const w = SWATCH + labelWidth(label);
    if (x > 0 && x + w > width) {
      x = 0;
      y += LEGEND_LINE;
    }
    const slot = { x, y };
    x += w + GAP;
    return slot;
  });
  return { slots, height: labels.length ? y + LEGEND_LINE : 0 };
}
