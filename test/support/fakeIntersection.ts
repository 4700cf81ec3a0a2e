import { act } from '@testing-library/react';
import { vi } from 'vitest';

interface Watcher {
  readonly report: IntersectionObserverCallback;
  readonly targets: Set<Element>;
}

/**
 * Installs a stand-in for IntersectionObserver (jsdom has none), through which the test says
 * whether the observed elements are on screen. Undo with `vi.unstubAllGlobals()`.
 */
export function fakeIntersection() {
  const watchers = new Set<Watcher>();
  class FakeObserver {
    private readonly watcher: Watcher;
    constructor(report: IntersectionObserverCallback) {
      this.watcher = { report, targets: new Set() };
      watchers.add(this.watcher);
    }
    observe(el: Element) {
      this.watcher.targets.add(el);
    }
    unobserve(el: Element) {
      this.watcher.targets.delete(el);
    }
    disconnect() {
      watchers.delete(this.watcher);
    }
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    /** Reports every observed element as on screen, or off it. */
    setOnScreen(on: boolean) {
      act(() => {
        for (const w of watchers)
          for (const target of w.targets) {
            const entry = { isIntersecting: on, target } as IntersectionObserverEntry;
            w.report([entry], {} as IntersectionObserver);
          }
      });
    },
  };
}
