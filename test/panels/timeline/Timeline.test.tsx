import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/panels/timeline/Timeline';
import { renderPanel } from '../../support/renderPanel';

const tokens = () =>
  within(screen.getByRole('list', { name: 'Input sequence' })).getAllByRole('button');

describe('Timeline', () => {
  it('shows one token per time step to 4 significant digits, the current one marked', () => {
    renderPanel(<Timeline />);
    const all = tokens();
    expect(all).toHaveLength(12);
    expect(all[2].textContent).toContain('0.866');
    expect(screen.getByRole('button', { name: 'Time step 3: 0.866' })).toBe(all[2]);
    expect(all[0].getAttribute('aria-current')).toBe('step');
    expect(all.filter((b) => b.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('a click on a token jumps to its time step, keeping the sub-step', async () => {
    const user = userEvent.setup();
    const { store } = renderPanel(<Timeline />);
    act(() => store.getState().stepForward());
    await user.click(tokens()[6]);
    expect(store.getState().cursor).toEqual({ t: 6, sub: 1 });
    expect(tokens()[6].getAttribute('aria-current')).toBe('step');
  });

  it('is one tab stop; arrows move between tokens and Enter jumps', async () => {
    const user = userEvent.setup();
    const { store } = renderPanel(<Timeline />);
    expect(tokens().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    tokens()[0].focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(tokens()[2]);
    expect(store.getState().cursor).toEqual({ t: 0, sub: 0 });
    await user.keyboard('{Enter}');
    expect(store.getState().cursor.t).toBe(2);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(tokens()[11]);
  });

  it('shows text input as characters, naming the invisible ones', () => {
    renderPanel(<Timeline />, { sequence: { kind: 'text', text: 'a b' } });
    expect(tokens().map((b) => b.textContent)).toEqual([
      'Time step 1: a',
      'Time step 2: space␣',
      'Time step 3: b',
    ]);
    expect(screen.getByRole('button', { name: 'Time step 2: space' })).toBe(tokens()[1]);
  });

  it('marks Chinese characters as Chinese, for screen readers', () => {
    renderPanel(<Timeline />, { sequence: { kind: 'text', text: '但是a' } });
    const langs = tokens().map((b) => b.querySelector('[lang]')?.getAttribute('lang') ?? null);
    expect(langs).toEqual(['zh', 'zh', null]);
  });

  it('draws the output of the chosen unit as a named sparkline', () => {
    const { store } = renderPanel(<Timeline />);
    expect(
      screen.getByRole('img', { name: /^Output h of unit 1 over 12 time steps/ }),
    ).toBeTruthy();
    act(() => store.getState().setUnit(2));
    expect(
      screen.getByRole('img', { name: /^Output h of unit 3 over 12 time steps/ }),
    ).toBeTruthy();
  });
});
