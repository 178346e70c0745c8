import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApartWhenAccepted, expectStoryKept, R, testKindBasics } from '../testing';
import { BODY, redrawnIon } from './testing';
import { chemicalEnergyProblem, chemicalEnergyWorking } from './chemicalEnergy';

/** The chapter's parameter sets (SI). */
const TYPICAL: SIParams[] = [
  { z: 1, cin: 145, cout: 4, T: BODY },
  { z: 1, cin: 12, cout: 145, T: BODY },
];

describe('chemical-energy', () => {
  test('solve() is ΔG = RT·ln(c_in/c_out), +9.26 kJ/mol for K⁺ 145/4 at 37 °C', () => {
    for (const p of TYPICAL) {
      const byHand = R * p.T! * Math.log(p.cin! / p.cout!);
      expect(chemicalEnergyProblem.solve(p)).toBeCloseTo(byHand, 6);
    }
    expect(chemicalEnergyProblem.solve({ z: 1, cin: 145, cout: 4, T: BODY }) / 1000).toBeCloseTo(
      9.259,
      2,
    );
  });

  test('no mistake can be mistaken for the right answer, for redrawn parameters it accepts', () => {
    expectMistakesApartWhenAccepted(chemicalEnergyProblem, redrawnIon);
  });

  test('each mistake is the value its slip gives: −ΔG, ΔG/ln 10, ΔG·ln 10, ΔG·θ/T', () => {
    // K⁺ 145/4 mM at 37 °C: ΔG = +9.26 kJ/mol inward
    const p = { z: 1, cin: 145, cout: 4, T: BODY };
    const g = chemicalEnergyProblem.solve(p);
    expect(chemicalEnergyProblem.mistakes(p, g)).toEqual([
      { value: expect.closeTo(-g, 9), code: 'swap', note: expect.stringContaining('c_in / c_out') },
      { value: expect.closeTo(g / Math.LN10, 9), code: 'log-base', note: expect.any(String) },
      { value: expect.closeTo(g * Math.LN10, 9), code: 'ln-decade' },
      { value: expect.closeTo((g * 37) / BODY, 9), code: 'celsius', note: expect.any(String) },
    ]);
  });

  test('the story is whether moving the ion in is uphill, and a mammalian cell’s levels', () => {
    // towards the side that holds more: uphill, ΔG > 0
    expect(chemicalEnergyProblem.story!({ z: 1, cin: 145, cout: 4, T: BODY })).toEqual({
      uphill: true,
      mammalian: true,
    });
    expect(chemicalEnergyProblem.story!({ z: 1, cin: 15, cout: 66, T: BODY })).toMatchObject({
      uphill: false,
    });
    fc.assert(
      fc.property(redrawnIon, (p) => {
        const byHand = R * p.T * Math.log(p.cin / p.cout);
        expect(chemicalEnergyProblem.story!(p).uphill).toBe(byHand > 0);
      }),
    );
  });

  test('"New numbers" for nernst-stored-energy keep moving K⁺ in uphill, in a mammalian cell', () => {
    expectStoryKept(
      chemicalEnergyProblem,
      'nernst-stored-energy',
      { z: 1, cin: 145, cout: 4, T: 37 },
      ['cin', 'cout'],
    );
  });

  test('the worked solution shows R, T and the concentrations whose product is ΔG', () => {
    const p = { z: 1, cin: 145, cout: 4, T: BODY };
    const w = chemicalEnergyWorking(p, chemicalEnergyProblem.solve(p));
    expect(w.gasConstant).toBeCloseTo(R, 12);
    expect([w.T, w.cin, w.cout]).toEqual([BODY, 145, 4]);
    expect(w.gasConstant * w.T * Math.log(w.cin / w.cout)).toBeCloseTo(w.energy, 9);
  });

  testKindBasics(chemicalEnergyProblem, TYPICAL, [{ z: 1, cin: 145, cout: 4, T: 37 }]);
});
