import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../../src/panels/share/CopyButton';

const LINK = 'http://example.org/?cell=gru&text=%E4%BB%8A';

describe('CopyButton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('copies with the clipboard API and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(<CopyButton label="Copy link" done="Link copied" text={() => LINK} />);
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith(LINK);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  it('shows the text selected in a field when the clipboard is refused', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(<CopyButton label="Copy link" done="Link copied" text={() => LINK} />);
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: /Copy it by hand/ });
    expect(field.value).toBe(LINK);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, LINK.length]);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
