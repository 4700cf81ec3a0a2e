import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UrlNotice } from '../../../src/panels/share/UrlNotice';
import { readUrl } from '../../../src/store/url';

const ATTACK = '"><img src=x onerror=alert(1)><script>alert(2)</script>';

describe('UrlNotice', () => {
  it('shows each ignored parameter, hostile text literally', () => {
    const { notices } = readUrl(`?hidden=abc&cell=${encodeURIComponent(ATTACK)}`);
    const { container } = render(<UrlNotice notices={notices} onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toHaveProperty(
      'textContent',
      'Some settings in the link were ignored; defaults are used for them.' +
        'Ignored hidden=abc: not a whole number from 1 to 128' +
        `Ignored cell=${ATTACK}: not one of lstm, gru, rnn` +
        'Dismiss',
    );
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('cuts a very long value to 80 characters', () => {
    const notices = [
      { param: 'text', raw: '字'.repeat(600), reason: 'longer than 500 characters' },
    ];
    render(<UrlNotice notices={notices} onDismiss={() => {}} />);
    expect(screen.getByRole('listitem').textContent).toBe(
      `Ignored text=${'字'.repeat(80)}…: longer than 500 characters`,
    );
  });

  it('is dismissible, and renders nothing when nothing was ignored', async () => {
    const onDismiss = vi.fn();
    const { container, rerender } = render(
      <UrlNotice notices={readUrl('?x=1').notices} onDismiss={onDismiss} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    rerender(<UrlNotice notices={[]} onDismiss={onDismiss} />);
    expect(container.innerHTML).toBe('');
  });
});
