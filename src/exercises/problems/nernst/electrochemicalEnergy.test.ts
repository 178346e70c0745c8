import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectStoryKept, F, R, testKindBasics } from '../testing';
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

  test('each mistake is the value its slip gives, one term at a time', () => {
    // Na⁺ 12/145 mM at −70 mV, 37 °C: −6.43 kJ/mol chemical, −6.75 kJ/mol electrical
    const p = { z: 1, cin: 12, cout: 145, T: BODY, V: -0.07 };
    const chemical = R * BODY * Math.log(12 / 145);
    const electrical = F * -0.07;
    expect(chemical).toBeCloseTo(-6425.75, 1);
    const g = electrochemicalEnergyProblem.solve(p);
    expect(electrochemicalEnergyProblem.mistakes(p, g)).toEqual([
      { value: expect.closeTo(chemical - electrical, 6), code: 'sign', note: expect.any(String) },
      {
        value: expect.closeTo(chemical, 6),
        code: 'potential-parts',
        note: expect.stringContaining('chemical part alone'),
      },
      {
        value: expect.closeTo(electrical, 6),
        code: 'potential-parts',
        note: expect.stringContaining('electrical part alone'),
      },
      { value: expect.closeTo(-g, 6), code: 'sign', note: expect.stringContaining('outward') },
      {
        value: expect.closeTo(chemical / Math.LN10 + electrical, 6),
        code: 'log-base',
        note: expect.any(String),
      },
      { value: expect.closeTo(chemical * Math.LN10 + electrical, 6), code: 'ln-decade' },
      {
        value: expect.closeTo((chemical * 37) / BODY + electrical, 6),
        code: 'celsius',
        note: expect.any(String),
      },
    ]);
  });

  test('the story is the sign of each term and of the total', () => {
    // Na⁺ in a resting neuron: both terms negative, so moving it in is downhill
    expect(
      electrochemicalEnergyProblem.story!({ z: 1, cin: 12, cout: 145, T: BODY, V: -0.07 }),
    ).toEqual({
      chemicalSign: -1,
      electricalSign: -1,
      totalSign: -1,
    });
    // K⁺ 140/4 at −70 mV: pushed out by the gradient, pulled in by the field; out wins
    expect(
      electrochemicalEnergyProblem.story!({ z: 1, cin: 140, cout: 4, T: BODY, V: -0.07 }),
    ).toEqual({
      chemicalSign: 1,
      electricalSign: -1,
      totalSign: 1,
    });
  });

  test('"New numbers" for nernst-sodium-driving-energy keep both terms and the total negative', () => {
    expectStoryKept(
      electrochemicalEnergyProblem,
      'nernst-sodium-driving-energy',
      { z: 1, cin: 12, cout: 145, T: 37, V: -70 },
      ['V'],
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

  testKindBasics(electrochemicalEnergyProblem, TYPICAL, [
    { z: 1, cin: 12, cout: 145, T: 37, V: -70 },
  ]);
});
