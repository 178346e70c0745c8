import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, R } from '../testing';
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

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    for (const p of TYPICAL) expectMistakesApart(chemicalEnergyProblem, p);
  });

  test('no mistake can be mistaken for the right answer, for redrawn parameters it accepts', () => {
    fc.assert(
      fc.property(redrawnIon, (p) => {
        fc.pre(chemicalEnergyProblem.accepts!(p));
        expectMistakesApart(chemicalEnergyProblem, p);
      }),
    );
  });

  test('the worked solution shows R, T and the concentrations whose product is ΔG', () => {
    const p = { z: 1, cin: 145, cout: 4, T: BODY };
    const w = chemicalEnergyWorking(p, chemicalEnergyProblem.solve(p));
    expect(w.gasConstant).toBeCloseTo(R, 12);
    expect([w.T, w.cin, w.cout]).toEqual([BODY, 145, 4]);
    expect(w.gasConstant * w.T * Math.log(w.cin / w.cout)).toBeCloseTo(w.energy, 9);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    for (const p of TYPICAL) expectWorkedSolution(chemicalEnergyProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(chemicalEnergyProblem, { z: 1, cin: 145, cout: 4, T: 37 });
  });
});
