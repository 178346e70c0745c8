import { describe, expect, test } from 'vitest';
import { estimatedTextWidth } from './estimatedTextWidth';

describe('estimatedTextWidth', () => {
  test('gives 0.65 em a character: "−100" at 0.8rem of 16 px is 4 × 0.65 × 12.8 px', () => {
    expect(estimatedTextWidth('−100', 0.8, 1)).toBeCloseTo(33.28, 9);
  });

  test('counts characters, not UTF-16 units, so "µmol m⁻²" is 8 characters', () => {
    expect(estimatedTextWidth('µmol m⁻²', 1, 1)).toBeCloseTo(8 * 0.65 * 16, 9);
  });

  test('grows in proportion to the type scale (the projector theme’s 22 px type)', () => {
    expect(estimatedTextWidth('V_m', 0.85, 1.375)).toBeCloseTo(
      1.375 * estimatedTextWidth('V_m', 0.85, 1),
      9,
    );
  });

  test('is 0 for no text', () => {
    expect(estimatedTextWidth('', 0.8, 1)).toBe(0);
  });
});
