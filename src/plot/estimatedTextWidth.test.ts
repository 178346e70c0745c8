import { describe, expect, test } from 'vitest';
import { estimatedTextWidth } from './estimatedTextWidth';

describe('estimatedTextWidth', () => {
  test('gives digits and signs 0.65 em: "−100" at 0.8rem of 16 px is 4 × 0.65 × 12.8 px', () => {
    expect(estimatedTextWidth('−100', 0.8, 1)).toBeCloseTo(33.28, 9);
  });

  test('gives lower case 0.56 em and a space 0.35 em: "in mM" is 2 × 0.56 + 0.35 + 0.65 + 0.56', () => {
    expect(estimatedTextWidth('in mM', 1, 1)).toBeCloseTo((2 * 0.56 + 0.35 + 0.65 + 0.56) * 16, 9);
  });

  test('counts characters, not UTF-16 units: "µ𝑥" is two characters', () => {
    expect(estimatedTextWidth('µ𝑥', 1, 1)).toBeCloseTo(2 * 0.56 * 16, 9);
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
