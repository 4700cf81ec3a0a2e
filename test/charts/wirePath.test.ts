import { describe, expect, it } from 'vitest';
import { arrowHead, roundedOutline, shortenEnd, wirePath } from '../../src/charts/wirePath';

describe('wirePath', () => {
  it('draws a straight wire as a move and a line', () => {
    expect(
      wirePath([
        [0, 0],
        [10, 0],
      ]),
    ).toBe('M0,0L10,0');
  });

  it('rounds corners with arcs no larger than half the shorter segment', () => {
    const d = wirePath(
      [
        [0, 0],
        [0, 100],
        [6, 100],
      ],
      10,
    );
    expect(d).toMatch(/^M0,0L0,97A3,3,0,0,0,(3|2\.99999\d*),100L6,100$/);
  });

  it('is empty for fewer than two points', () => {
    expect(wirePath([[1, 1]])).toBe('');
  });
});

describe('arrowHead and shortenEnd', () => {
  it('points the arrowhead along the last segment, tip on the last point', () => {
    expect(
      arrowHead(
        [
          [0, 0],
          [0, 20],
        ],
        10,
      ),
    ).toBe('M0,20L-5,10L5,10Z');
  });

  it('pulls the end back along the last segment', () => {
    expect(
      shortenEnd(
        [
          [0, 0],
          [0, 20],
          [20, 20],
        ],
        5,
      ),
    ).toEqual([
      [0, 0],
      [0, 20],
      [15, 20],
    ]);
  });
});

describe('roundedOutline', () => {
  it('closes a rounded rectangle', () => {
    const d = roundedOutline(
      [
        [0, 0],
        [100, 0],
        [100, 50],
        [0, 50],
      ],
      12,
    );
    expect(d.startsWith('M0,25')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.match(/A12,12/g)).toHaveLength(4);
  });
});
