import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GradientNormPanel } from '../../../src/panels/gradientLab/GradientNormPanel';
import { LAB_PRESETS } from '../../../src/store';
import { expectedRows, figureNamed, openTable } from '../../charts/chartTestKit';
import { renderLab } from './renderLab';
import { fakeIntersection } from '../../support/fakeIntersection';
import { SETTLE_MS } from '../../../src/store/labAsync';

const TITLE = 'Gradient norm per time step';
const preset = (id: string) => LAB_PRESETS.find((p) => p.id === id)!.settings;
const sentence = () => document.querySelector('.lab-sentence')?.textContent;

describe('GradientNormPanel', { timeout: 20_000 }, () => {
  it('is an img named from its title, whose data table is the engine’s ‖∂L/∂h_t‖', () => {
    const { store } = renderLab(<GradientNormPanel />);
    expect(screen.getByRole('img', { name: new RegExp(`^${TITLE}: `) })).toBeTruthy();
    const table = openTable(figureNamed(TITLE));
    expect(table.caption).toBe(TITLE);
    expect(table.header).toEqual(['t', '‖∂L/∂h_t‖']);
    expect(table.body).toEqual(expectedRows([store.getState().grads.norms.h]));
  });

  it('adds ‖∂L/∂c_t‖ for the LSTM and states the cell-state ratio', () => {
    const { store } = renderLab(<GradientNormPanel />, preset('lstm'));
    const { h, c } = store.getState().grads.norms;
    const table = openTable(figureNamed(TITLE));
    expect(table.header).toEqual(['t', '‖∂L/∂h_t‖', '‖∂L/∂c_t‖']);
    expect(table.body).toEqual(expectedRows([h, c!]));
    expect(sentence()).toMatch(/^The cell-state gradient reaching t = 0 is .* the one at t = 49: /);
  });

  it('says vanished, then exploded, as the recurrent weight scale goes from low to high', () => {
    const { store } = renderLab(<GradientNormPanel />, preset('vanishing'));
    expect(sentence()).toMatch(/: it has vanished\.$/);
    act(() => void store.getState().update(preset('exploding')));
    expect(sentence()).toMatch(/times the one at t = 49: it has exploded\.$/);
  });

  it('off screen, keeps the run it showed until the settings settle or it comes on screen', () => {
    const screenState = fakeIntersection();
    vi.useFakeTimers();
    try {
      const { store } = renderLab(<GradientNormPanel />, preset('vanishing'));
      screenState.setOnScreen(false);
      act(() => void store.getState().update(preset('exploding')));
      act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
      expect(sentence()).toMatch(/: it has vanished\.$/);
      screenState.setOnScreen(true);
      expect(sentence()).toMatch(/: it has exploded\.$/);
      // And off screen, once the settings have rested.
      screenState.setOnScreen(false);
      act(() => void store.getState().update(preset('vanishing')));
      expect(sentence()).toMatch(/: it has exploded\.$/);
      act(() => vi.runAllTimers());
      expect(sentence()).toMatch(/: it has vanished\.$/);
    } finally {
      act(() => vi.runAllTimers());
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('marks an overflow and says so, instead of breaking, when the norms are NaN or Infinity', () => {
    const { store, container } = renderLab(<GradientNormPanel />);
    const { grads } = store.getState();
    // What BPTT gives when it overflows going back at t = 5: non-finite from there to t = 0.
    const h = grads.norms.h.slice();
    h.fill(NaN, 0, 5);
    h[5] = Infinity;
    act(() => store.setState({ grads: { ...grads, norms: { ...grads.norms, h } } }));
    // The marker stands where the overflow began, as the sentence says.
    expect(container.querySelector('.chart-break.overflow text')?.textContent).toBe(
      'overflow at t = 5',
    );
    expect(sentence()).toBe(
      'Going back from t = 49, the gradient overflowed at t = 5: it has exploded past what a ' +
        '64-bit float can hold.',
    );
    const d = container.querySelector('.chart-series path')?.getAttribute('d') ?? '';
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(openTable(figureNamed(TITLE)).body[5][1]).toBe('Infinity');
  });
});
