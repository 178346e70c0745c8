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
      .map((m) => ({ ratio: m.value / answer, code: m.code }));
    expect(ratio.find((m) => m.code === 'inverted-ratio')?.ratio).toBeCloseTo(1 / 1600, 12);
    // 80 − 2 = 78, against the answer 40.
    expect(ratio.find((m) => m.code === 'formula')?.ratio).toBeCloseTo(78 / 40, 12);
  });

  test('its story: the field is stronger in the lipid', () => {
    const p = si('field-ratio', { erWater: 80, erLipid: 2 });
    expect(fieldRatioProblem.story!(p)).toEqual({ lipidStronger: true });
  });

  test('no mistake can be mistaken for the right answer, for redrawn lipid permittivities', () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 10, noNaN: true }), (erLipid) =>
        expectMistakesApart(fieldRatioProblem, { erWater: 80, erLipid }),
      ),
    );
  });
});
