import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, F, si, solve } from '../testing';
import { chargeFractionProblem, chargeFractionWorking } from './chargeFraction';

// Constants written out here, so the expected values do not come from the code under test.
const E_CHARGE = 1.602176634e-19;
const N_A = 6.02214076e23;

describe('charge-fraction: the ions moved over the ions in the cell', () => {
  test('that is a fraction of 1.55 × 10⁻⁵ of 140 mM K⁺, and 3.1 × 10⁻⁴ in a 0.5 µm cell', () => {
    const fraction = (r: number) =>
      (0.01 * 4 * Math.PI * r * r * 0.07) / E_CHARGE / (140 * (4 / 3) * Math.PI * r ** 3 * N_A);
    const big = solve('charge-fraction', { r: 10, C: 1, V: -70, z: 1, c: 140 });
    const small = solve('charge-fraction', { r: 0.5, C: 1, V: -70, z: 1, c: 140 });
    expect(big / fraction(1e-5)).toBeCloseTo(1, 12);
    expect(small / fraction(5e-7)).toBeCloseTo(1, 12);
    expect(big * 1e5).toBeCloseTo(1.555, 3);
    // The closed form 3C|V|/(|z|Fcr).
    expect(big / ((3 * 0.01 * 0.07) / (F * 140 * 1e-5))).toBeCloseTo(1, 12);
    expect(1 / small).toBeCloseTo(3216, -1);
  });

  test('the usual slips are recognised for the chapter’s numbers', () => {
    const p = si('charge-fraction', { r: 10, C: 1, V: -70, z: 1, c: 140 });
    const fraction = chargeFractionProblem
      .mistakes(p, chargeFractionProblem.solve(p))
      .map((m) => m.message);
    expect(fraction.some((m) => m.includes('upside down'))).toBe(true);
    expect(fraction.some((m) => m.includes('diameter'))).toBe(true);
  });

  const redrawn = fc.record({
    r: fc.double({ min: 2e-7, max: 5e-5, noNaN: true }),
    C: fc.constant(0.01),
    V: fc.double({ min: -0.1, max: -0.04, noNaN: true }),
    z: fc.constantFrom(-2, -1, 1, 2),
    c: fc.double({ min: 50, max: 200, noNaN: true }),
  });

  test('no mistake can be mistaken for the right answer, for redrawn numbers', () => {
    fc.assert(fc.property(redrawn, (p) => expectMistakesApart(chargeFractionProblem, p)));
  });

  test('the worked solution’s lines hold: N_cell = c·(4/3)πr³·N_A, and N_moved/N_cell', () => {
    fc.assert(
      fc.property(redrawn, (p) => {
        const w = chargeFractionWorking(p, chargeFractionProblem.solve(p));
        expect(w.volume / ((4 / 3) * Math.PI * p.r ** 3)).toBeCloseTo(1, 12);
        expect(w.ionsInCell / (p.c * w.volume * N_A)).toBeCloseTo(1, 12);
        expect(w.ionsMoved / w.ionsInCell / w.fraction).toBeCloseTo(1, 12);
      }),
    );
  });
});
