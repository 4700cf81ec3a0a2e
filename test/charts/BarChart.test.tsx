import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from '../../src/charts/BarChart';
import { expectedRows, figureNamed, openTable } from './chartTestKit';

const title = 'Contribution to ‖∂L/∂W_hh‖ per time step';

describe('BarChart', () => {
  it('draws one bar per plottable step and names itself after its title', () => {
    const values = [0.5, 0.25, 0.125];
    const { container } = render(
      <BarChart title={title} series={{ label: 'contribution', values }} />,
    );
    expect(
      screen.getByRole('img', { name: new RegExp(`^${title.replace(/[()|\\]/g, '\\$&')}`) }),
    ).toBeTruthy();
    expect(container.querySelectorAll('.chart-bars rect')).toHaveLength(3);
    const table = openTable(figureNamed(title));
    expect(table.header).toEqual(['t', 'contribution']);
    expect(table.body).toEqual(expectedRows([values]));
  });

  it('on a log axis skips zero bars and marks an overflow', () => {
    const { container } = render(
      <BarChart
        title={title}
        yScale="log"
        series={{ label: 'contribution', values: [0, 1e-9, 1e-3, Infinity] }}
      />,
    );
    expect(container.querySelectorAll('.chart-bars rect')).toHaveLength(2);
    expect(container.querySelector('.chart-break.overflow text')?.textContent).toBe(
      'overflow at t = 3',
    );
    const heights = Array.from(container.querySelectorAll('.chart-bars rect'), (r) =>
      Number(r.getAttribute('height')),
    );
    expect(heights.every((h) => Number.isFinite(h) && h >= 0)).toBe(true);
  });

  it('outlines the bar at the cursor', () => {
    const { container } = render(
      <BarChart title={title} series={{ label: 'c', values: [1, 2, 3] }} cursor={2} />,
    );
    expect(container.querySelectorAll('.chart-bars rect')[2].getAttribute('class')).toBe(
      'at-cursor',
    );
  });
});
