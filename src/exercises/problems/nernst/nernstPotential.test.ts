import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R } from '../testing';
import { BODY, redrawnIon } from './testing';
import { nernstPotentialProblem, nernstPotentialWorking } from './nernstPotential';

/** The chapters' parameter sets (SI). */
const TYPICAL: SIParams[] = [
  { z: 1, cin: 140, cout: 4, T: BODY },
  { z: 1, cin: 7.5, cout: 450, T: BODY },
  { z: -1, cin: 7, cout: 120, T: BODY },
  { z: 2, cin: 0.0001, cout: 2, T: BODY },
  { z: 1, cin: 5, cout: 120, T: BODY },
  { z: 1, cin: 400, cout: 20, T: 279.45 },
];

describe('nernst-potential', () => {
  test('solve() is E = (RT/zF)·ln(c_out/c_in), −95.0 mV for K⁺ 140/4 mM at 37 °C', () => {
    for (const p of TYPICAL) {
      const byHand = ((R * p.T!) / (p.z! * F)) * Math.log(p.cout! / p.cin!);
      expect(nernstPotentialProblem.solve(p)).toBeCloseTo(byHand, 9);
    }
    // The book's headline number: K⁺ 140/4 mM at 37 °C is −95.0 mV.
    expect(nernstPotentialProblem.solve({ z: 1, cin: 140, cout: 4, T: BODY }) * 1000).toBeCloseTo(
      -95.02,
      2,
    );
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    for (const p of TYPICAL) expectMistakesApart(nernstPotentialProblem, p);
  });

  test('no mistake can be mistaken for the right answer, for redrawn parameters it accepts', () => {
    fc.assert(
      fc.property(redrawnIon, (p) => {
        fc.pre(nernstPotentialProblem.accepts!(p));
        expectMistakesApart(nernstPotentialProblem, p);
      }),
    );
  });

  test('the worked solution shows RT/zF and ln(c_out/c_in), whose product is E', () => {
    const p = { z: 2, cin: 0.0001, cout: 2, T: BODY };
    const e = nernstPotentialProblem.solve(p);
    const working = nernstPotentialWorking(p, e);
    expect(working.rtOverZF).toBeCloseTo((R * BODY) / (2 * F), 12);
    expect(working.lnRatio).toBeCloseTo(Math.log(20000), 12);
    expect(working.rtOverZF * working.lnRatio).toBeCloseTo(e, 12);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    for (const p of TYPICAL) expectWorkedSolution(nernstPotentialProblem, p);
  });

  test('the Nernst solution shows the temperature in kelvin and the concentrations in mM', () => {
    const p = { z: 1, cin: 140, cout: 4, T: BODY };
    const markup = renderToStaticMarkup(
      nernstPotentialProblem.steps(p, nernstPotentialProblem.solve(p)),
    );
    expect(markup).toContain('310.15');
    expect(markup).toContain('140');
    expect(markup).toContain('−95.0');
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(nernstPotentialProblem, { z: 1, cin: 140, cout: 4, T: 37 });
  });
});
