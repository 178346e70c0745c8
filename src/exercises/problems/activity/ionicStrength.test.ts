import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, si, solve } from '../testing';
import { ionicStrengthProblem, ionicStrengthWorking } from './ionicStrength';

/** A salt of valences up to 3 at a concentration "New numbers" may draw, in mM. */
const salts = fc.record({
  c: fc.double({ min: 1, max: 200, noNaN: true }),
  zc: fc.integer({ min: 1, max: 3 }),
  za: fc.integer({ min: -3, max: -1 }),
});

describe('ionic-strength: I = ½ Σ c z² of a dissolved salt', () => {
  test('ionic strength: NaCl at 150 mM is 150 mM, CaCl₂ at 50 mM is 150 mM, MgSO₄ at 10 mM is 40 mM', () => {
    expect(solve('ionic-strength', { c: 150, zc: 1, za: -1 })).toBeCloseTo(150, 10);
    expect(solve('ionic-strength', { c: 50, zc: 2, za: -1 })).toBeCloseTo(0.5 * (50 * 4 + 100), 10);
    expect(solve('ionic-strength', { c: 10, zc: 2, za: -2 })).toBeCloseTo(40, 10);
  });

  test('the usual slips are recognised for the chapter’s CaCl₂', () => {
    const p = si('ionic-strength', { c: 50, zc: 2, za: -1 });
    const strength = ionicStrengthProblem.mistakes(p, ionicStrengthProblem.solve(p));
    const values = (code: string) => strength.filter((m) => m.code === code).map((m) => m.value);
    // Σ c z² without the ½: 200 + 100; |z| for z²: ½(50·2 + 100·1); one Cl⁻: ½(50·4 + 50·1).
    expect(values('formula')).toEqual([300]);
    expect(values('valence')).toContain(100);
    expect(values('count')).toEqual([125]);
    // The salt concentration itself, I = c as for a 1:1 salt.
    expect(values('valence')).toContain(50);
  });

  test('its story: I is c for NaCl, 3c for CaCl₂ and 4c for MgSO₄, whatever c', () => {
    const story = (c: number, zc: number, za: number) =>
      ionicStrengthProblem.story!(si('ionic-strength', { c, zc, za }));
    expect(story(150, 1, -1)).toEqual({ multipleOfSalt: 1 });
    expect(story(37.3, 2, -1)).toEqual({ multipleOfSalt: 3 });
    expect(story(10, 2, -2)).toEqual({ multipleOfSalt: 4 });
  });

  test('no mistake can be mistaken for the right answer, for any salt of valences up to 3', () => {
    fc.assert(fc.property(salts, (p) => expectMistakesApart(ionicStrengthProblem, p)));
  });

  test('the worked solution shows each ion at ν·c, and ½(c₊z₊² + c₋z₋²) is the answer', () => {
    const working = ionicStrengthWorking({ c: 50, zc: 2, za: -1 }, 150);
    expect(working.cation).toEqual({ z: 2, concentration: 50 });
    expect(working.anion).toEqual({ z: -1, concentration: 100 });
    fc.assert(
      fc.property(salts, (p) => {
        const { cation, anion, strength } = ionicStrengthWorking(p, ionicStrengthProblem.solve(p));
        const shown =
          0.5 * (cation.concentration * cation.z ** 2 + anion.concentration * anion.z ** 2);
        expect(shown).toBeCloseTo(strength, 9);
      }),
    );
  });
});
