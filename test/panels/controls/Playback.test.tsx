import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Controls } from '../../../src/panels/controls/Controls';
import { renderPanel } from '../../support/renderPanel';

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('Play / Pause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('toggles its name and advances one sub-step every 1/speed seconds', () => {
    const { store } = renderPanel(<Controls />);
    fireEvent.click(button('Play'));
    expect(button('Pause').getAttribute('aria-keyshortcuts')).toBe('Space');
    wait(499);
    expect(store.getState().cursor).toEqual({ t: 0, sub: 0 });
    wait(1);
    expect(store.getState().cursor).toEqual({ t: 0, sub: 1 });
    wait(2000);
    expect(store.getState().cursor).toEqual({ t: 0, sub: 5 });
    fireEvent.click(button('Pause'));
    wait(5000);
    expect(store.getState().cursor).toEqual({ t: 0, sub: 5 });
    expect(button('Play')).toBeTruthy();
  });

  it('stops at the end, and plays again from the start', () => {
    const { store } = renderPanel(<Controls />, { sequence: { kind: 'sine', seqLen: 2 } });
    fireEvent.click(button('Play'));
    wait(60_000);
    expect(store.getState().cursor).toEqual({ t: 1, sub: 5 });
    expect(store.getState().playing).toBe(false);
    fireEvent.click(button('Play'));
    expect(store.getState().cursor).toEqual({ t: 0, sub: 0 });
    wait(500);
    expect(store.getState().cursor).toEqual({ t: 0, sub: 1 });
  });

  it('Space plays and pauses when no field has focus', () => {
    const { store } = renderPanel(<Controls />);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(store.getState().playing).toBe(false);
  });

  it('the "Speed" choice sets the rate', () => {
    const { store } = renderPanel(<Controls />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '8' } });
    expect(store.getState().speed).toBe(8);
    fireEvent.click(button('Play'));
    wait(250);
    expect(store.getState().cursor).toEqual({ t: 0, sub: 2 });
  });

  it('a step by hand pauses playback', () => {
    const { store } = renderPanel(<Controls />);
    fireEvent.click(button('Play'));
    fireEvent.click(button('Step forward'));
    expect(store.getState().playing).toBe(false);
    expect(button('Play')).toBeTruthy();
  });
});
