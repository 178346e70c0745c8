import { describe, expect, test } from 'vitest';
import { linePath } from './linePath';

type P = readonly [number, number];
const defined = (p: P) => Number.isFinite(p[1]);
const x = (p: P) => p[0] * 3.7;
const y = (p: P) => 200 - p[1] * 1.3;
const path = (points: readonly P[]) => linePath(points, defined, x, y);

describe('linePath', () => {
  test('writes straight segments to a tenth of a pixel', () => {
    expect(
      path([
        [0, 0],
        [1, 1],
        [2, 4],
      ]),
    ).toBe('M0,200L3.7,198.7L7.4,194.8');
  });

  test('starts a new subpath after a point with no value, and closes a lone point', () => {
    expect(
      path([
        [0, 0],
        [1, NaN],
        [2, 1],
        [3, 2],
        [4, Infinity],
        [5, 3],
      ]),
    ).toBe('M0,200ZM7.4,198.7L11.1,197.4M18.5,196.1Z');
  });

  test('is empty without a defined point', () => {
    expect(path([])).toBe('');
    expect(path([[0, NaN]])).toBe('');
  });
});
