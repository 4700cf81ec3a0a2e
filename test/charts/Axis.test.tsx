import { render } from '@testing-library/react';
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { Axis } from '../../src/charts/Axis';

const labels = (container: HTMLElement) =>
  [...container.querySelectorAll('.tick text')].map((t) => t.textContent);

/** Renders an axis in an SVG; returns a rerender taking the domain, and the mutations seen. */
function setUp(domain: [number, number]) {
  const axis = (d: [number, number]) => (
    <svg>
      <Axis orient="bottom" scale={scaleLinear().domain(d).range([0, 100])} />
    </svg>
  );
  const view = render(axis(domain));
  const mutations: MutationRecord[] = [];
  const observer = new MutationObserver((records) => mutations.push(...records));
  observer.observe(view.container, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  const rerender = async (d: [number, number]) => {
    view.rerender(axis(d));
    await Promise.resolve(); // MutationObserver records arrive in a microtask
    return mutations.splice(0);
  };
  return { container: view.container, rerender };
}

describe('<Axis>', () => {
  it('draws the scale’s ticks with their labels', () => {
    const { container } = setUp([0, 1]);
    expect(labels(container)).toEqual([
      '0.0',
      '0.1',
      '0.2',
      '0.3',
      '0.4',
      '0.5',
      '0.6',
      '0.7',
      '0.8',
      '0.9',
      '1.0',
    ]);
  });

  it('redraws when the ticks move, and leaves the DOM alone for an equal new scale', async () => {
    const { container, rerender } = setUp([0, 1]);
    expect(await rerender([0, 1])).toEqual([]);
    expect((await rerender([0, 2])).length).toBeGreaterThan(0);
    expect(labels(container)).toEqual([
      '0.0',
      '0.2',
      '0.4',
      '0.6',
      '0.8',
      '1.0',
      '1.2',
      '1.4',
      '1.6',
      '1.8',
      '2.0',
    ]);
  });

  it('keeps one grid line per tick across redraws, adding only new ticks’ and removing none', async () => {
    const axis = (d: [number, number]) => (
      <svg>
        <Axis orient="left" scale={scaleLinear().domain(d).range([100, 0])} grid={80} />
      </svg>
    );
    const view = render(axis([0, 1]));
    const grids = () =>
      [...view.container.querySelectorAll('.tick')].map((t) => [
        t.querySelectorAll('line').length,
        t.querySelector('line')?.getAttribute('class'),
        t.querySelector('line.grid')?.getAttribute('x2'),
      ]);
    expect(grids()).toEqual(Array.from({ length: 11 }, () => [2, null, '80']));
    const kept = [...view.container.querySelectorAll('line.grid')];
    const mutations: MutationRecord[] = [];
    new MutationObserver((r) => mutations.push(...r)).observe(view.container, {
      subtree: true,
      childList: true,
    });
    // 0.5 … 1.5 in steps of 0.1: ticks 0.5 … 1.0 stay, 1.1 … 1.5 are new.
    view.rerender(axis([0.5, 1.5]));
    await Promise.resolve();
    expect(grids()).toEqual(Array.from({ length: 11 }, () => [2, null, '80']));
    const removed = mutations.flatMap((m) => [...m.removedNodes]);
    expect(removed.some((n) => kept.includes(n as Element))).toBe(false);
  });
});
