import { fireEvent, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { formatPlain } from '../../src/charts/format';

/** jsdom has no canvas: getContext answers null (instead of logging "not implemented"). */
export function stubCanvas() {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
}

/** The chart's figure, found by its title. */
export const figureNamed = (title: string) => screen.getByRole('figure', { name: title });

/** Opens a chart's "Show data" table and returns its text: caption and rows of cells. */
export function openTable(figure: HTMLElement) {
  const toggle = within(figure).getByRole('button', { name: 'Show data' });
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  const table = within(figure).getByRole('table');
  const rows = within(table)
    .getAllByRole('row')
    .map((tr) => Array.from(tr.querySelectorAll('th, td'), (c) => c.textContent ?? ''));
  return {
    caption: table.querySelector('caption')?.textContent,
    header: rows[0],
    body: rows.slice(1),
  };
}

/** Rows of a table built from columns of values, as formatPlain writes them. */
export function expectedRows(columns: readonly ArrayLike<number>[], first = 0): string[][] {
  const n = columns[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) => [
    String(i + first),
    ...columns.map((c) => formatPlain(c[i])),
  ]);
}
