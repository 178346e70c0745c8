import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nernstPotential } from '../../../physics';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R } from '../testing';
import { BODY, redrawnConcentration, redrawnTemperature, redrawnValence } from './testing';
import { nernstConcentrationProblem, nernstConcentrationWorking } from './nernstConcentration';

/** The chapter's parameter sets (SI). */
const TYPICAL: SIParams[] = [
  { z: 1, cin: 140, E: -0.08, T: BODY },
  { z: 1, cin: 140, E: -0.04, T: BODY },
  { z: 2, cin: 1, E: -0.1, T: 293.15 },
];

describe('nernst-concentration', () => {
  test('solve() is c_out = c_in·exp(zFE/RT)', () => {
    for (const p of TYPICAL) {
      const byHand = p.cin! * Math.exp((p.z! * F * p.E!) / (R * p.T!));
      expect(nernstConcentrationProblem.solve(p)).toBeCloseTo(byHand, 9);
    }
  });

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

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    for (const p of TYPICAL) expectMistakesApart(nernstConcentrationProblem, p);
  });

  test('no mistake can be mistaken for the right answer, for redrawn potentials', () => {
    fc.assert(
      fc.property(
        redrawnValence,
        redrawnConcentration,
        fc.double({ min: -0.1, max: -0.04, noNaN: true }),
        redrawnTemperature,
        (z, cin, E, T) => expectMistakesApart(nernstConcentrationProblem, { z, cin, E, T }),
      ),
    );
  });

  test('the worked solution shows c_in, E and RT/zF, from which c_out follows', () => {
    const p = { z: 2, cin: 1, E: -0.1, T: 293.15 };
    const cout = nernstConcentrationProblem.solve(p);
    const working = nernstConcentrationWorking(p, cout);
    expect(working.rtOverZF).toBeCloseTo((R * 293.15) / (2 * F), 12);
    expect(working.cin * Math.exp(working.potential / working.rtOverZF)).toBeCloseTo(cout, 12);
  });

  // Known, and kept as it was in this refactor: the diagnosis scales ln(c_out/c_in) by θ/T,
  // but RT/zF with θ in °C for T scales the exponent zFE/RT by T/θ.
  test.fails('the °C-for-kelvin diagnosis is the c_out that θ in place of T gives', () => {
    const p = { z: 1, cin: 140, E: -0.08, T: BODY };
    const celsius = nernstConcentrationProblem
      .mistakes(p, nernstConcentrationProblem.solve(p))
      .find((m) => m.message.includes('°C'))!;
    expect(celsius.value).toBeCloseTo(140 * Math.exp((F * -0.08) / (R * 37)), 12);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    for (const p of TYPICAL) expectWorkedSolution(nernstConcentrationProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(nernstConcentrationProblem, { z: 1, cin: 140, E: -80, T: 37 });
  });
});
