import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R } from '../testing';
import { BODY } from './testing';
import {
  electrochemicalEnergyProblem,
  electrochemicalEnergyWorking,
} from './electrochemicalEnergy';
import { nernstPotentialProblem } from './nernstPotential';

/** The chapter's parameter sets (SI). */
const TYPICAL: SIParams[] = [
  { z: 1, cin: 12, cout: 145, T: BODY, V: -0.07 },
  { z: 1, cin: 140, cout: 4, T: BODY, V: -0.07 },
  { z: -1, cin: 7, cout: 120, T: BODY, V: -0.05 },
];

describe('electrochemical-energy', () => {
  test('solve() is ΔG = RT·ln(c_in/c_out) + zFV', () => {
    for (const p of TYPICAL) {
      const byHand = R * p.T! * Math.log(p.cin! / p.cout!) + p.z! * F * p.V!;
      expect(electrochemicalEnergyProblem.solve(p)).toBeCloseTo(byHand, 6);
    }
  });

  test('it is zero at the Nernst potential', () => {
    const ion = { z: 1, cin: 140, cout: 4, T: BODY };
    const e = nernstPotentialProblem.solve(ion);
    expect(Math.abs(electrochemicalEnergyProblem.solve({ ...ion, V: e }))).toBeLessThan(1e-6);
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    for (const p of TYPICAL) expectMistakesApart(electrochemicalEnergyProblem, p);
  });

  test('no mistake can be mistaken for the right answer, for redrawn membrane potentials (Na⁺ 12/145 mM, 37 °C)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.09, max: -0.05, noNaN: true }), (V) =>
        expectMistakesApart(electrochemicalEnergyProblem, {
          z: 1,
          cin: 12,
          cout: 145,
          T: BODY,
          V,
        }),
      ),
    );
  });

  test('the worked solution shows the chemical part RT·ln(c_in/c_out) and the electrical part zFV', () => {
    for (const p of TYPICAL) {
      const g = electrochemicalEnergyProblem.solve(p);
      const w = electrochemicalEnergyWorking(p, g);
      expect(w.chemical).toBeCloseTo(R * p.T! * Math.log(p.cin! / p.cout!), 6);
      expect(w.electrical).toBeCloseTo(p.z! * F * p.V!, 6);
      expect(w.chemical + w.electrical).toBeCloseTo(g, 6);
    }
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    for (const p of TYPICAL) expectWorkedSolution(electrochemicalEnergyProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(electrochemicalEnergyProblem, { z: 1, cin: 12, cout: 145, T: 37, V: -70 });
  });
});
