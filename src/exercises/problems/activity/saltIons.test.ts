import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { saltIons, stoichiometry } from './saltIons';

describe('the ions a neutral salt gives', () => {
  test('a neutral salt gives |z₋| cations and |z₊| anions per formula unit, in lowest terms', () => {
    expect(stoichiometry(2, -1)).toEqual({ cations: 1, anions: 2 });
    expect(stoichiometry(2, -2)).toEqual({ cations: 1, anions: 1 });
    expect(stoichiometry(3, -2)).toEqual({ cations: 2, anions: 3 });
  });

  test('50 mM CaCl₂ gives 50 mM Ca²⁺ and 100 mM Cl⁻', () => {
    expect(saltIons(50, 2, -1)).toEqual([
      { z: 2, concentration: 50 },
      { z: -1, concentration: 100 },
    ]);
  });

  test('the solution is neutral: the charges of cations and anions cancel, Σ c z = 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: -3, max: -1 }), (zc, za) => {
        const [cation, anion] = saltIons(10, zc, za);
        expect(cation.concentration * zc + anion.concentration * za).toBe(0);
      }),
    );
  });
});
