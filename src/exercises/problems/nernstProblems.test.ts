import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { nernstPotential } from '../../physics';
import { formatQuantity } from '../../units';
import type { SIParams } from '../ProblemKind';
import { expectMistakesApart, F, PROBLEMS, R } from './testing';
import {
  chemicalEnergyProblem,
  decadeSlopeProblem,
  electrochemicalEnergyProblem,
  nernstConcentrationProblem,
  nernstPotentialProblem,
} from './nernstProblems';

// Constants written out here, so the expected values do not come from the code under test.
const BODY = 310.15; // 37 °C in K

/** The chapter's parameter sets (SI), one or more per kind. */
const TYPICAL: Record<string, SIParams[]> = {
  'nernst-potential': [
    { z: 1, cin: 140, cout: 4, T: BODY },
    { z: 1, cin: 7.5, cout: 450, T: BODY },
    { z: -1, cin: 7, cout: 120, T: BODY },
    { z: 2, cin: 0.0001, cout: 2, T: BODY },
    { z: 1, cin: 5, cout: 120, T: BODY },
    { z: 1, cin: 400, cout: 20, T: 279.45 },
  ],
  'nernst-concentration': [
    { z: 1, cin: 140, E: -0.08, T: BODY },
    { z: 1, cin: 140, E: -0.04, T: BODY },
    { z: 2, cin: 1, E: -0.1, T: 293.15 },
  ],
  'decade-slope': [
    { z: 1, T: BODY },
    { z: 2, T: BODY },
    { z: -1, T: 278.15 },
  ],
  'chemical-energy': [
    { z: 1, cin: 145, cout: 4, T: BODY },
    { z: 1, cin: 12, cout: 145, T: BODY },
  ],
  'electrochemical-energy': [
    { z: 1, cin: 12, cout: 145, T: BODY, V: -0.07 },
    { z: 1, cin: 140, cout: 4, T: BODY, V: -0.07 },
    { z: -1, cin: 7, cout: 120, T: BODY, V: -0.05 },
  ],
};

describe('every problem kind is registered and has typical parameters here', () => {
  test('PROBLEMS holds the five Nernst-chapter kinds by id', () => {
    for (const id of Object.keys(TYPICAL)) expect(PROBLEMS[id]?.id).toBe(id);
    for (const [id, problem] of Object.entries(PROBLEMS)) expect(problem.id).toBe(id);
  });
});

describe('solve() agrees with a hand computation', () => {
  test('nernst-potential: E = (RT/zF)·ln(c_out/c_in)', () => {
    for (const p of TYPICAL['nernst-potential']!) {
      const byHand = ((R * p.T!) / (p.z! * F)) * Math.log(p.cout! / p.cin!);
      expect(nernstPotentialProblem.solve(p)).toBeCloseTo(byHand, 9);
    }
    // The book's headline number: K⁺ 140/4 mM at 37 °C is −95.0 mV.
    expect(nernstPotentialProblem.solve({ z: 1, cin: 140, cout: 4, T: BODY }) * 1000).toBeCloseTo(
      -95.02,
      2,
    );
  });

  test('nernst-concentration: c_out = c_in·exp(zFE/RT)', () => {
    for (const p of TYPICAL['nernst-concentration']!) {
      const byHand = p.cin! * Math.exp((p.z! * F * p.E!) / (R * p.T!));
      expect(nernstConcentrationProblem.solve(p)).toBeCloseTo(byHand, 9);
    }
  });

  test('decade-slope: (RT/zF)·ln 10 is 61.5 mV at 37 °C for z = 1', () => {
    for (const p of TYPICAL['decade-slope']!) {
      const byHand = ((R * p.T!) / (p.z! * F)) * Math.log(10);
      expect(decadeSlopeProblem.solve(p)).toBeCloseTo(byHand, 12);
    }
    expect(decadeSlopeProblem.solve({ z: 1, T: BODY }) * 1000).toBeCloseTo(61.54, 2);
  });

  test('chemical-energy: ΔG = RT·ln(c_in/c_out), +9.26 kJ/mol for K⁺ 145/4 at 37 °C', () => {
    for (const p of TYPICAL['chemical-energy']!) {
      const byHand = R * p.T! * Math.log(p.cin! / p.cout!);
      expect(chemicalEnergyProblem.solve(p)).toBeCloseTo(byHand, 6);
    }
    expect(chemicalEnergyProblem.solve({ z: 1, cin: 145, cout: 4, T: BODY }) / 1000).toBeCloseTo(
      9.259,
      2,
    );
  });

  test('electrochemical-energy: ΔG = RT·ln(c_in/c_out) + zFV', () => {
    for (const p of TYPICAL['electrochemical-energy']!) {
      const byHand = R * p.T! * Math.log(p.cin! / p.cout!) + p.z! * F * p.V!;
      expect(electrochemicalEnergyProblem.solve(p)).toBeCloseTo(byHand, 6);
    }
  });

  test('electrochemical-energy is zero at the Nernst potential', () => {
    const ion = { z: 1, cin: 140, cout: 4, T: BODY };
    const e = nernstPotentialProblem.solve(ion);
    expect(Math.abs(electrochemicalEnergyProblem.solve({ ...ion, V: e }))).toBeLessThan(1e-6);
  });
});

describe('nernst-concentration inverts nernst-potential', () => {
  test('the concentration it finds gives back the potential it was asked for', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(-2, -1, 1, 2, 3),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: -0.1, max: 0.1, noNaN: true }),
        fc.double({ min: 273.15, max: 318.15, noNaN: true }),
        (z, cin, E, T) => {
          const cout = nernstConcentrationProblem.solve({ z, cin, E, T });
          const back = nernstPotential({ z, inside: cin, outside: cout }, T);
          expect(Math.abs(back - E)).toBeLessThan(1e-12 + 1e-9 * Math.abs(E));
        },
      ),
    );
  });
});

describe('no mistake can be mistaken for the right answer', () => {
  test.each(Object.entries(TYPICAL))('%s: for the chapter parameters', (id, sets) => {
    const problem = PROBLEMS[id]!;
    for (const p of sets) expectMistakesApart(problem, p);
  });

  // The ranges "New numbers" draws from, in SI.
  const concentration = fc.double({ min: 2, max: 400, noNaN: true });
  const temperature = fc.double({ min: 278.15, max: 313.15, noNaN: true });
  const valence = fc.constantFrom(-2, -1, 1, 2);

  test('nernst-potential: for redrawn parameters it accepts', () => {
    fc.assert(
      fc.property(valence, concentration, concentration, temperature, (z, cin, cout, T) => {
        const p = { z, cin, cout, T };
        fc.pre(nernstPotentialProblem.accepts!(p));
        expectMistakesApart(nernstPotentialProblem, p);
      }),
    );
  });

  test('nernst-concentration: for redrawn potentials', () => {
    fc.assert(
      fc.property(
        valence,
        concentration,
        fc.double({ min: -0.1, max: -0.04, noNaN: true }),
        temperature,
        (z, cin, E, T) => expectMistakesApart(nernstConcentrationProblem, { z, cin, E, T }),
      ),
    );
  });

  test('decade-slope: for redrawn temperatures', () => {
    fc.assert(
      fc.property(valence, temperature, (z, T) =>
        expectMistakesApart(decadeSlopeProblem, { z, T }),
      ),
    );
  });

  test('chemical-energy: for redrawn parameters it accepts', () => {
    fc.assert(
      fc.property(valence, concentration, concentration, temperature, (z, cin, cout, T) => {
        const p = { z, cin, cout, T };
        fc.pre(chemicalEnergyProblem.accepts!(p));
        expectMistakesApart(chemicalEnergyProblem, p);
      }),
    );
  });

  test('electrochemical-energy: for redrawn membrane potentials (Na⁺ 12/145 mM, 37 °C)', () => {
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
});

describe('steps() writes the worked solution', () => {
  test.each(Object.entries(TYPICAL))(
    '%s: renders, with the answer in the last line and no NaN',
    (id, sets) => {
      const problem = PROBLEMS[id]!;
      for (const p of sets) {
        const answer = problem.solve(p);
        const node = problem.steps(p, answer);
        expect(node).toBeTruthy();
        const markup = renderToStaticMarkup(node);
        expect(markup).toContain('<math');
        expect(markup).not.toMatch(/NaN|Infinity|undefined/);
        expect(markup).toContain(
          formatQuantity(answer, problem.answer.unit, problem.answer.format).split(' ')[0],
        );
      }
    },
  );

  test('the Nernst solution shows the temperature in kelvin and the concentrations in mM', () => {
    const p = { z: 1, cin: 140, cout: 4, T: BODY };
    const markup = renderToStaticMarkup(
      nernstPotentialProblem.steps(p, nernstPotentialProblem.solve(p)),
    );
    expect(markup).toContain('310.15');
    expect(markup).toContain('140');
    expect(markup).toContain('−95.0');
  });
});
