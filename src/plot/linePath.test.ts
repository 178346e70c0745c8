import { describe, expect, test } from 'vitest';
import { linePath } from './linePath';
import { linearScale } from './scales';

// x: [0, 10] → [0, 100] px; y: [0, 10] → [100, 0] px (top-down, as a plot's y axis)
const x = linearScale([0, 10], [0, 100]);
const y = linearScale([0, 10], [100, 0]);

describe('linePath', () => {
  test('moves to the first point and draws lines through the rest, in pixels', () => {
    expect(
      linePath(
        [
          [0, 0],
          [5, 2],
          [10, 10],
        ],
        x,
        y,
      ),
    ).toBe('M0,100L50,80L100,0');
  });

  test('rounds coordinates to a tenth of a pixel', () => {
    // 1.234 → 12.34 px → 12.3; 3.456 → 100 − 34.56 = 65.44 px → 65.4; 6.789 → 67.89 → 67.9
    expect(
      linePath(
        [
          [1.234, 3.456],
          [6.789, 0],
        ],
        x,
        y,
      ),
    ).toBe('M12.3,65.4L67.9,100');
  });

  test('breaks the line at a point whose y is not finite and starts again after it', () => {
    expect(
      linePath(
        [
          [0, 0],
          [1, 1],
          [2, Number.NaN],
          [3, 3],
          [4, 4],
        ],
        x,
        y,
      ),
    ).toBe('M0,100L10,90M30,70L40,60');
  });

  test('closes a run of one point so that its round cap draws a dot', () => {
    expect(
      linePath(
        [
          [0, 0],
          [1, Number.POSITIVE_INFINITY],
          [2, 2],
        ],
        x,
        y,
      ),
    ).toBe('M0,100ZM20,80Z');
  });

  test('writes coordinates outside the drawing area with their sign, and −0 as 0', () => {
    // −0.004 → −0.04 px → −0; 10.0004 → 100 − 100.004 = −0.004 px → −0;
    // −1.25 → −12.5 px; 11 → 100 − 110 = −10 px
    expect(
      linePath(
        [
          [-0.004, 10.0004],
          [-1.25, 11],
        ],
        x,
        y,
      ),
    ).toBe('M0,0L-12.5,-10');
  });

  test('is empty without a finite point', () => {
    expect(linePath([], x, y)).toBe('');
    expect(linePath([[1, Number.NaN]], x, y)).toBe('');
  });
});
