import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ColourLegend } from '../../src/charts/ColourLegend';
import { placeStrip } from '../../src/charts/stripLayout';
import { VectorStrip, stripColour, type VectorStripProps } from '../../src/charts/VectorStrip';
import { gateColour, signedColour } from '../../src/theme';

const values = new Float64Array([0.125, -0.5, 0.75, 0.3333333333333333]);
const placement = placeStrip(4, { x: 0, y: 0, width: 100, height: 30, maxCell: 20, gap: 2 });

function renderStrip(props: Partial<VectorStripProps> = {}) {
  return render(
    <svg>
      <VectorStrip
        values={values}
        placement={placement}
        scale={{ kind: 'signed', m: 1 }}
        name="h t: new hidden state"
        id="h"
        cellLabel="new hidden state, unit"
        {...props}
      />
    </svg>,
  );
}

describe('VectorStrip', () => {
  it('as a listbox: one option per value, named with its exact value, the unit selected', () => {
    const onSelect = vi.fn();
    renderStrip({ selected: 2, onSelect });
    const box = screen.getByRole('listbox', { name: 'h t: new hidden state' });
    const options = screen.getAllByRole('option');
    expect(box).toBeTruthy();
    expect(options.map((o) => o.getAttribute('aria-label'))).toEqual(
      Array.from(values, (v, k) => `new hidden state, unit ${k + 1} = ${String(v)}`),
    );
    expect(options.map((o) => Number(o.getAttribute('data-value')))).toEqual(Array.from(values));
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual([
      'false',
      'false',
      'true',
      'false',
    ]);
    expect(options.map((o) => o.getAttribute('tabindex'))).toEqual(['-1', '-1', '0', '-1']);
    fireEvent.click(options[0]);
    expect(onSelect).toHaveBeenLastCalledWith(0);
  });

  it('moves with the arrow keys, choosing the unit and keeping the key from the page', () => {
    const onSelect = vi.fn();
    renderStrip({ selected: 1, onSelect });
    const options = screen.getAllByRole('option');
    options[1].focus();
    const event = new KeyboardEvent('keydown', {
      key: 'ArrowRight',
      bubbles: true,
      cancelable: true,
    });
    options[1].dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(onSelect).toHaveBeenLastCalledWith(2);
    expect(document.activeElement).toBe(options[2]);
    fireEvent.keyDown(options[2], { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith(3);
  });

  it('without onSelect: a group of named images with a roving tab stop', () => {
    renderStrip();
    const cells = screen.getAllByRole('img');
    expect(screen.getByRole('group', { name: 'h t: new hidden state' })).toBeTruthy();
    expect(cells.map((c) => c.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    cells[0].focus();
    fireEvent.keyDown(cells[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cells[1]);
    expect(cells.map((c) => c.getAttribute('tabindex'))).toEqual(['-1', '0', '-1', '-1']);
  });

  it('reports hover and focus with the cell’s index and exact value', () => {
    const onInspect = vi.fn();
    renderStrip({ onInspect });
    const cell = screen.getAllByRole('img')[3];
    fireEvent.mouseEnter(cell);
    expect(onInspect).toHaveBeenLastCalledWith({
      id: 'h',
      index: 3,
      value: values[3],
      anchor: cell,
    });
    fireEvent.mouseLeave(cell);
    expect(onInspect).toHaveBeenLastCalledWith(null);
  });

  it('colours by the scale, and draws a pending vector empty and hidden from the tree', () => {
    const { container, rerender } = renderStrip({ scale: { kind: 'gate' } });
    const fills = () =>
      Array.from(container.querySelectorAll('.strip-cell'), (c) => c.getAttribute('fill'));
    expect(fills()).toEqual(Array.from(values, (v) => gateColour(v)));
    rerender(
      <svg>
        <VectorStrip
          values={null}
          placement={placement}
          scale={{ kind: 'gate' }}
          name="f"
          id="f"
          cellLabel="f"
          selected={1}
          onSelect={() => {}}
        />
      </svg>,
    );
    expect(fills()).toEqual(['#ffffff', '#ffffff', '#ffffff', '#ffffff']);
    expect(container.querySelector('.vector-strip')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('.strip-cell[tabindex]')).toBeNull();
    expect(container.querySelector('.strip-selected')).toBeNull();
  });

  it('signed colours: white at 0, warm for positive, cool for negative, grey for NaN', () => {
    const s = { kind: 'signed', m: 2 } as const;
    expect(stripColour(0, s)).toBe(signedColour(0, 2));
    const rgb = (c: string) => c.match(/\d+/g)!.map(Number);
    const [r1, , b1] = rgb(stripColour(2, s));
    const [r2, , b2] = rgb(stripColour(-2, s));
    expect(r1).toBeGreaterThan(b1);
    expect(b2).toBeGreaterThan(r2);
    expect(stripColour(NaN, s)).toBe('#9aa0a6');
  });
});

describe('ColourLegend', () => {
  it('names its scale and writes its ends', () => {
    render(<ColourLegend scale={{ kind: 'signed', m: 1.5 }} title="Values" />);
    const img = screen.getByRole('img', { name: 'Values: from −1.5 to 1.5' });
    expect(img.textContent).toBe('−1.501.5');
  });
});
