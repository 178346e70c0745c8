import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, si, solve } from '../testing';
import { fieldRatioProblem } from './fieldRatio';

describe('field-ratio: E_lipid/E_water = ε_r,water/ε_r,lipid', () => {
  test('the field in lipid (ε_r 2) is 40 times that in water (ε_r 80) for the same σ', () => {
    expect(solve('field-ratio', { erWater: 80, erLipid: 2 })).toBeCloseTo(40, 12);
  });

  test('the inverted ratio is recognised for the chapter’s numbers', () => {
    const p = si('field-ratio', { erWater: 80, erLipid: 2 });
    const answer = fieldRatioProblem.solve(p);
    const ratio = fieldRatioProblem
      .mistakes(p, answer)
      .map((m) => ({ ratio: m.value / answer, text: m.message }));
    expect(ratio.find((m) => m.text.includes('inverted'))?.ratio).toBeCloseTo(1 / 1600, 12);
  });

  test('no mistake can be mistaken for the right answer, for redrawn lipid permittivities', () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 10, noNaN: true }), (erLipid) =>
        expectMistakesApart(fieldRatioProblem, { erWater: 80, erLipid }),
      ),
    );
  });
});
