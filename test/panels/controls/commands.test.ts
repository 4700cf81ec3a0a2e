import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  commandForKey,
  keyCaps,
  labelOf,
  shortcutOf,
} from '../../../src/panels/controls/commands';
import { classifyTouch } from '../../../src/panels/controls/gestures';
import { ownsKey } from '../../../src/panels/controls/ownsKey';
import { createGateScopeStore } from '../../../src/store';

const byId = (id: string) => COMMANDS.find((c) => c.id === id)!;

describe('the command registry', () => {
  it('has one command per key and Shift combination', () => {
    const keys = COMMANDS.map((c) => `${c.shift}+${c.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds commands by key: Space plays, ? opens help with or without Shift', () => {
    expect(commandForKey({ key: ' ', shiftKey: false })?.id).toBe('togglePlay');
    expect(commandForKey({ key: '?', shiftKey: true })?.id).toBe('help');
    expect(commandForKey({ key: '?', shiftKey: false })?.id).toBe('help');
    expect(commandForKey({ key: 'ArrowRight', shiftKey: true })?.id).toBe('nextTimeStep');
    expect(commandForKey({ key: 'x', shiftKey: false })).toBeUndefined();
  });

  it('writes shortcuts for aria-keyshortcuts and for key caps', () => {
    expect(shortcutOf(byId('togglePlay'))).toBe('Space');
    expect(shortcutOf(byId('previousTimeStep'))).toBe('Shift+ArrowLeft');
    expect(keyCaps(byId('previousTimeStep'))).toEqual(['Shift', '←']);
    expect(keyCaps(byId('help'))).toEqual(['?']);
  });

  it('the play button says "Play" when paused and "Pause" when playing', () => {
    const store = createGateScopeStore();
    expect(labelOf(byId('togglePlay'), store.getState())).toBe('Play');
    store.getState().play();
    expect(labelOf(byId('togglePlay'), store.getState())).toBe('Pause');
  });
});

describe('ownsKey', () => {
  const el = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild as HTMLElement;
  };

  it('fields own every key', () => {
    expect(ownsKey(el('<input type="range">'), 'ArrowRight')).toBe(true);
    expect(ownsKey(el('<textarea></textarea>'), '?')).toBe(true);
    expect(ownsKey(el('<select></select>'), 'End')).toBe(true);
  });

  it('buttons own Space and Enter only', () => {
    const button = el('<button>Step</button>');
    expect(ownsKey(button, ' ')).toBe(true);
    expect(ownsKey(button, 'ArrowRight')).toBe(false);
    expect(ownsKey(button, '?')).toBe(false);
  });

  it('everything inside a dialog owns its keys; plain elements own none', () => {
    const dialog = el('<dialog open><p>text</p></dialog>');
    expect(ownsKey(dialog.querySelector('p'), 'ArrowRight')).toBe(true);
    expect(ownsKey(el('<p>text</p>'), ' ')).toBe(false);
    expect(ownsKey(null, ' ')).toBe(false);
  });
});

describe('classifyTouch', () => {
  it('a quick sideways move is a swipe, its direction the finger’s', () => {
    expect(classifyTouch({ dx: -80, dy: 10, ms: 200 })).toBe('swipeLeft');
    expect(classifyTouch({ dx: 80, dy: -20, ms: 200 })).toBe('swipeRight');
  });

  it('a short touch that stays put is a tap', () => {
    expect(classifyTouch({ dx: 3, dy: -4, ms: 120 })).toBe('tap');
  });

  it('scrolls, slow drags, long presses and diagonal moves mean nothing', () => {
    expect(classifyTouch({ dx: 10, dy: 200, ms: 300 })).toBeNull();
    expect(classifyTouch({ dx: 100, dy: 0, ms: 2000 })).toBeNull();
    expect(classifyTouch({ dx: 0, dy: 0, ms: 900 })).toBeNull();
    expect(classifyTouch({ dx: 60, dy: 50, ms: 200 })).toBeNull();
  });
});
