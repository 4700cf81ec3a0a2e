import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Heatmap } from '../../src/charts/Heatmap';
import { expectedRows, figureNamed, openTable, stubCanvas } from './chartTestKit';

// 2 units × 3 steps, column-major by step: step c holds [unit 1, unit 2].
const values = Float64Array.from([0.1, 0.9, 0.2, 0.8, 0.3, 0.7]);
const title = 'Gate activations: forget gate f';

describe('Heatmap', () => {
  beforeEach(stubCanvas);

  it('is an img named "{title}: size, range", with a canvas under an SVG', () => {
    const { container } = render(
      <Heatmap title={title} values={values} rows={2} cols={3} scale={{ kind: 'sequential' }} />,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      `${title}: 2 units × 3 time steps, values from 0.1 to 0.9`,
    );
    expect(container.querySelector('.chart-graphic canvas')).not.toBeNull();
    expect(container.querySelector('.chart-graphic svg')).not.toBeNull();
  });

  it('"Show data": one row per time step, one column per unit, values via formatPlain', () => {
    render(
      <Heatmap title={title} values={values} rows={2} cols={3} scale={{ kind: 'sequential' }} />,
    );
    const table = openTable(figureNamed(title));
    expect(table.caption).toBe(title);
    expect(table.header).toEqual(['t', 'unit 1', 'unit 2']);
    expect(table.body).toEqual(
      expectedRows([
        [0.1, 0.2, 0.3],
        [0.9, 0.8, 0.7],
      ]),
    );
  });

  it('names NaN and Infinity cells in the table and the summary', () => {
    const bad = Float64Array.from([0.5, NaN, Infinity, 0.25]);
    render(
      <Heatmap title="Cell state" values={bad} rows={2} cols={2} scale={{ kind: 'diverging' }} />,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('2 not finite');
    expect(openTable(figureNamed('Cell state')).body).toEqual([
      ['0', '0.5', 'NaN'],
      ['1', 'Infinity', '0.25'],
    ]);
  });

  it('shows a colour legend: 0, 0.5, 1 for gates and ±max for signed values', () => {
    const { container, rerender } = render(
      <Heatmap title={title} values={values} rows={2} cols={3} scale={{ kind: 'sequential' }} />,
    );
    const labels = () =>
      Array.from(container.querySelectorAll('.chart-heat-legend text'), (t) => t.textContent);
    expect(labels()).toEqual(['0', '0.5', '1']);
    rerender(
      <Heatmap
        title={title}
        values={Float64Array.from([-2, 1])}
        rows={2}
        cols={1}
        scale={{ kind: 'diverging' }}
      />,
    );
    expect(labels()).toEqual(['−2', '0', '2']);
  });

  it('highlights the cursor column; click a column or use the arrows to move it', () => {
    const onCursorChange = vi.fn();
    const { container } = render(
      <Heatmap
        title={title}
        values={values}
        rows={2}
        cols={3}
        scale={{ kind: 'sequential' }}
        cursor={1}
        onCursorChange={onCursorChange}
      />,
    );
    expect(container.querySelector('.chart-cursor-label')?.textContent).toBe('t = 1');
    const slider = screen.getByRole('slider', { name: 'Chart cursor' });
    expect(slider.getAttribute('aria-valuetext')).toBe('t = 1: unit 1 0.2, unit 2 0.8');
    expect(slider.getAttribute('aria-describedby')).toBe(
      screen.getByText(title, { selector: 'figcaption' }).id,
    );
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(onCursorChange).toHaveBeenLastCalledWith(0);
    // 500 px plot, 3 columns: x = 490 is in the last.
    fireEvent.pointerDown(slider, { button: 0, clientX: 490, pointerId: 1 });
    expect(onCursorChange).toHaveBeenLastCalledWith(2);
  });

  it('reads a hovered cell out: unit, step and value', () => {
    render(
      <Heatmap
        title={title}
        values={values}
        rows={2}
        cols={3}
        scale={{ kind: 'sequential' }}
        cursor={0}
        onCursorChange={() => {}}
      />,
    );
    // Plot height 64 px for 2 rows: y = 40 is unit 2; x = 200 is step 1.
    fireEvent.pointerMove(screen.getByRole('slider'), { clientX: 200, clientY: 40 });
    expect(screen.getByText('unit 2, t = 1: 0.8')).toBeTruthy();
  });
});
