import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sample } from './sample';

describe('sample', () => {
  it('spreads points evenly on a linear axis, both ends included', () => {
    expect(sample((x) => 2 * x, [0, 1], 5)).toEqual([
      [0, 0],
      [0.25, 0.5],
      [0.5, 1],
      [0.75, 1.5],
      [1, 2],
    ]);
  });

  it('spreads points evenly in the logarithm on a log axis', () => {
    const xs = sample((x) => x, [0.01, 100], 5, 'log').map(([x]) => x);
    [0.01, 0.1, 1, 10, 100].forEach((expected, i) => expect(xs[i]).toBeCloseTo(expected, 12));
  });

  it('gives y = f(x) at every point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.integer({ min: 2, max: 50 }),
        (lo, count) => {
          for (const [x, y] of sample(Math.sin, [lo, lo + 10], count)) expect(y).toBe(Math.sin(x));
        },
      ),
    );
  });

  it('refuses fewer than two points and a log axis through zero', () => {
    expect(() => sample(Math.sin, [0, 1], 1)).toThrow(RangeError);
    expect(() => sample(Math.sin, [0, 1], 2.5)).toThrow(/count/);
    expect(() => sample(Math.log, [0, 1], 3, 'log')).toThrow(/domain/);
  });
});
