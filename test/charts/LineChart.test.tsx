import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LineChart } from '../../src/charts/LineChart';
import { expectedRows, figureNamed, openTable } from './chartTestKit';

const norms = { label: '‖∂L/∂h_t‖', values: [0.5, 0.02, 3.1e-9, 1e-12] };

describe('LineChart', () => {
  it('is an img whose name starts with its title and says what it shows', () => {
    render(<LineChart title="Gradient norm per time step" series={[norms]} yScale="log" />);
    const img = screen.getByRole('img', { name: /^Gradient norm per time step: / });
    expect(img.getAttribute('aria-label')).toContain('from 0.5 at t = 0 to 1e-12 at t = 3');
  });

  it('"Show data" reveals a table: caption = title, first column t, values via formatPlain', () => {
    const other = { label: 'unit 2', values: [-0.41273, Infinity, NaN, 0] };
    render(<LineChart title="Hidden state" series={[norms, other]} />);
    const figure = figureNamed('Hidden state');
    expect(within(figure).queryByRole('table')).toBeNull();
    const table = openTable(figure);
    expect(table.caption).toBe('Hidden state');
    expect(table.header).toEqual(['t', '‖∂L/∂h_t‖', 'unit 2']);
    expect(table.body).toEqual(expectedRows([norms.values, other.values]));
    expect(table.body[1][2]).toBe('Infinity');
    expect(table.body[0][2]).toBe('-0.4127');
  });

  it('marks an overflow instead of breaking: "overflow at t = k", line stops, no NaN in paths', () => {
    const { container } = render(
      <LineChart title="Loss" series={[{ label: 'h', values: [1, 2, NaN, 4, Infinity] }]} />,
    );
    expect(container.querySelector('.chart-break.overflow text')?.textContent).toBe(
      'overflow at t = 2',
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('overflows at t = 2');
    const d = container.querySelector('.chart-series .chart-line')?.getAttribute('d') ?? '';
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d.match(/M/g)).toHaveLength(2);
    // Sparse steps get a dot each (one path of zero-length segments), none where it overflows.
    const dots = container.querySelector('.chart-dots')?.getAttribute('d') ?? '';
    expect(dots.match(/h0/g)).toHaveLength(3);
  });

  it('on a log axis ignores zeros: domain from positive values, line broken, zero marked', () => {
    const { container } = render(
      <LineChart
        title="Gradient norm per time step"
        yScale="log"
        series={[{ label: 'g', values: [1, 0, 1e-3, 0, 1e-2] }]}
      />,
    );
    const ticks = Array.from(
      container.querySelectorAll('.axis-left .tick text'),
      (t) => t.textContent,
    );
    expect(ticks).toEqual(['10⁻³', '10⁻²', '10⁻¹', '10⁰']);
    const d = container.querySelector('.chart-series .chart-line')?.getAttribute('d') ?? '';
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(container.querySelector('.chart-break.zero text')?.textContent).toBe(
      'zero at t = 1, below the log axis',
    );
  });

  it('draws bands, a legend with one entry per series, and distinct dashes', () => {
    const { container } = render(
      <LineChart
        title="Gradient norm per time step"
        yScale="log"
        series={[norms, { label: '‖∂L/∂c_t‖', values: [1, 0.5, 0.25, 0.1] }]}
        bands={[{ from: 0, to: 1e-6, label: 'vanished', tone: 'vanished' }]}
      />,
    );
    expect(container.querySelector('.chart-band-label')?.textContent).toBe('vanished');
    expect(
      Array.from(container.querySelectorAll('.chart-legend text'), (t) => t.textContent),
    ).toEqual(['‖∂L/∂h_t‖', '‖∂L/∂c_t‖']);
    const dashes = Array.from(container.querySelectorAll('.chart-series .chart-line'), (p) =>
      p.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(2);
  });

  it('shows the cursor and a readout, and moves it by key and by click', () => {
    const onCursorChange = vi.fn();
    render(
      <LineChart title="Cell state" series={[norms]} cursor={1} onCursorChange={onCursorChange} />,
    );
    expect(screen.getByText('t = 1', { selector: '.chart-readout-step' })).toBeTruthy();
    const slider = screen.getByRole('slider', { name: 'Chart cursor' });
    expect(slider.getAttribute('aria-valuetext')).toBe('t = 1: ‖∂L/∂h_t‖ 0.02');
    expect(slider.getAttribute('aria-valuenow')).toBe('1');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(onCursorChange).toHaveBeenLastCalledWith(2);
    fireEvent.keyDown(slider, { key: 'End' });
    expect(onCursorChange).toHaveBeenLastCalledWith(3);
    // The plot is 640 − 64 − 76 = 500 px wide in jsdom's fallback: 4 columns of 125 px.
    fireEvent.pointerDown(slider, { button: 0, clientX: 10, pointerId: 1 });
    expect(onCursorChange).toHaveBeenLastCalledWith(0);
  });

  it('has no cursor slider without a callback', () => {
    render(<LineChart title="Loss" series={[norms]} cursor={1} />);
    expect(screen.queryByRole('slider')).toBeNull();
  });
});
