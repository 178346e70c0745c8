import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import {
  checkTyped,
  expectMistakesApartWhenAccepted,
  expectStoryKept,
  F,
  R,
  testKindBasics,
} from '../testing';
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

  test('no mistake can be mistaken for the right answer, for redrawn parameters it accepts', () => {
    expectMistakesApartWhenAccepted(nernstPotentialProblem, redrawnIon);
  });

  test('each mistake is the value its slip gives: −E, E/ln 10, E·ln 10, z·E, E·θ/T', () => {
    // K⁺ 140/4 mM at 37 °C: E = −95.02 mV; log₁₀ gives −41.27 mV, ln with the 61.5 mV
    // slope −218.8 mV, 37 °C as kelvin −11.34 mV
    const k = { z: 1, cin: 140, cout: 4, T: BODY };
    const e = nernstPotentialProblem.solve(k);
    expect(nernstPotentialProblem.mistakes(k, e)).toEqual([
      {
        value: expect.closeTo(-e, 12),
        code: 'sign',
        note: expect.stringContaining('c_out / c_in'),
      },
      { value: expect.closeTo(-0.04127, 5), code: 'log-base', note: expect.any(String) },
      { value: expect.closeTo(-0.2188, 4), code: 'ln-decade' },
      { value: expect.closeTo((e * 37) / BODY, 12), code: 'celsius', note: expect.any(String) },
    ]);
    // Ca²⁺ (z = 2): leaving out the valence doubles E
    const ca = { z: 2, cin: 0.0001, cout: 2, T: BODY };
    const eCa = nernstPotentialProblem.solve(ca);
    expect(nernstPotentialProblem.mistakes(ca, eCa)).toContainEqual({
      value: expect.closeTo(2 * eCa, 12),
      code: 'valence',
      note: expect.stringContaining('z = 2'),
    });
  });

  test('the checker names ln with the tenfold slope: −218.8 mV for K⁺ 140/4 mM', () => {
    const k = { z: 1, cin: 140, cout: 4, T: BODY };
    expect(checkTyped(nernstPotentialProblem, k, '-218.8 mV')).toMatchObject({
      verdict: 'incorrect',
      mistake: 'ln-decade',
    });
    expect(checkTyped(nernstPotentialProblem, k, '-41.3 mV').mistake).toBe('log-base');
  });

  test('the story is the sign of E, the crowded side and where the concentrations lie', () => {
    // K⁺ 140/4: crowded inside, so E_K < 0; Cl⁻ 7/120: crowded outside, z = −1, so E_Cl < 0;
    // the squid's 400 mM is above a mammalian cell's 160 mM
    expect(nernstPotentialProblem.story!({ z: 1, cin: 140, cout: 4, T: BODY })).toEqual({
      sign: -1,
      crowdedInside: true,
      mammalian: true,
      outsideAtLeast6_5mM: false,
    });
    expect(nernstPotentialProblem.story!({ z: -1, cin: 7, cout: 120, T: BODY })).toEqual({
      sign: -1,
      crowdedInside: false,
      mammalian: true,
      outsideAtLeast6_5mM: true,
    });
    expect(nernstPotentialProblem.story!({ z: 1, cin: 400, cout: 20, T: 279.45 })).toMatchObject({
      mammalian: false,
    });
    fc.assert(
      fc.property(redrawnIon, (p) => {
        const byHand = ((R * p.T) / (p.z * F)) * Math.log(p.cout / p.cin);
        expect(nernstPotentialProblem.story!(p)).toMatchObject({
          sign: Math.sign(byHand),
          crowdedInside: p.cin > p.cout,
        });
      }),
    );
  });

  test.each([
    ['nernst-k-neuron', { z: 1, cin: 140, cout: 4, T: 37 }, ['cin', 'cout']],
    ['nernst-chloride-sign', { z: -1, cin: 7, cout: 120, T: 37 }, ['cin', 'cout']],
    ['nernst-calcium-valence', { z: 2, cin: 0.0001, cout: 2, T: 37 }, ['cout']],
    ['nernst-swap-sides', { z: 1, cin: 5, cout: 120, T: 37 }, ['cin', 'cout']],
    ['nernst-squid-cold', { z: 1, cin: 400, cout: 20, T: 6.3 }, ['cin', 'cout']],
    ['ghk-hyperkalaemia-ek', { z: 1, cin: 140, cout: 8, T: 37 }, ['cout']],
  ])('"New numbers" for %s keep its story', (id, display, vary) => {
    expectStoryKept(nernstPotentialProblem, id, display, vary);
  });

  test('the worked solution shows RT/zF and ln(c_out/c_in), whose product is E', () => {
    const p = { z: 2, cin: 0.0001, cout: 2, T: BODY };
    const e = nernstPotentialProblem.solve(p);
    const working = nernstPotentialWorking(p, e);
    expect(working.rtOverZF).toBeCloseTo((R * BODY) / (2 * F), 12);
    expect(working.lnRatio).toBeCloseTo(Math.log(20000), 12);
    expect(working.rtOverZF * working.lnRatio).toBeCloseTo(e, 12);
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

  testKindBasics(nernstPotentialProblem, TYPICAL, [{ z: 1, cin: 140, cout: 4, T: 37 }]);
});
