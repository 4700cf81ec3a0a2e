import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/panels/controls/commands';
import { Controls } from '../../../src/panels/controls/Controls';
import { renderPanel } from '../../support/renderPanel';

const dialog = () => document.querySelector('dialog') as HTMLDialogElement;

describe('the keyboard-shortcut dialog', () => {
  it('? opens it, listing every command of the registry with its keys', async () => {
    const user = userEvent.setup();
    renderPanel(<Controls />);
    expect(dialog().hasAttribute('open')).toBe(false);
    await user.keyboard('?');
    const shown = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const c of COMMANDS) {
      const row = shown.querySelector(`tr[data-command="${c.id}"]`) as HTMLElement;
      expect(within(row).getByText(c.help)).toBeTruthy();
    }
    const space = shown.querySelector('tr[data-command="togglePlay"] kbd');
    expect(space?.textContent).toBe('Space');
    expect(document.activeElement).toBe(within(shown).getByRole('button', { name: 'Close' }));
  });

  it('Escape closes it; keys do not step the run behind it', async () => {
    const user = userEvent.setup();
    const { store } = renderPanel(<Controls />);
    await user.keyboard('?');
    await user.keyboard('{ArrowRight}');
    expect(store.getState().cursor).toEqual({ t: 0, sub: 0 });
    await user.keyboard('{Escape}');
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(store.getState().helpOpen).toBe(false);
  });

  it('the "Keyboard shortcuts" button opens it and focus returns there on Close', async () => {
    const user = userEvent.setup();
    renderPanel(<Controls />);
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(opener);
    expect(dialog().hasAttribute('open')).toBe(true);
    await user.click(within(dialog()).getByRole('button', { name: 'Close' }));
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});
