import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nernstPotential } from '../../../physics';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectStoryKept, F, R, testKindBasics } from '../testing';
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

  test('the °C-for-kelvin diagnosis is the c_out that θ in place of T gives', () => {
    const p = { z: 1, cin: 140, E: -0.08, T: BODY };
    const celsius = nernstConcentrationProblem
      .mistakes(p, nernstConcentrationProblem.solve(p))
      .find((m) => m.code === 'celsius')!;
    expect(celsius.value).toBeCloseTo(140 * Math.exp((F * -0.08) / (R * 37)), 12);
  });

  test('each mistake is the c_out its slip gives', () => {
    // K⁺ 140 mM inside, E = −80 mV at 37 °C: c_out = 140·e^(−80/26.73) = 7.017 mM
    const p = { z: 1, cin: 140, E: -0.08, T: BODY };
    const c = nernstConcentrationProblem.solve(p);
    expect(c).toBeCloseTo(7.017, 3);
    const x = (F * p.E) / (R * BODY);
    expect(nernstConcentrationProblem.mistakes(p, c)).toEqual([
      { value: expect.closeTo(140 * Math.exp(-x), 9), code: 'swap', note: expect.any(String) },
      { value: expect.closeTo(140 * 10 ** x, 12), code: 'log-base', note: expect.any(String) },
      { value: expect.closeTo(140 * Math.exp(x / Math.LN10), 12), code: 'ln-decade' },
      {
        value: expect.closeTo(140 * Math.exp((F * p.E) / (R * 37)), 12),
        code: 'celsius',
        note: expect.any(String),
      },
    ]);
    // z = 2: the exponent zFE/RT without its z
    const ca = { z: 2, cin: 1, E: -0.1, T: 293.15 };
    expect(
      nernstConcentrationProblem.mistakes(ca, nernstConcentrationProblem.solve(ca)),
    ).toContainEqual({
      value: expect.closeTo(Math.exp((F * -0.1) / (R * 293.15)), 12),
      code: 'valence',
      note: expect.stringContaining('z = 2'),
    });
  });

  test('the story is the sign of E, the crowded side and c_out against the normal 4 mM', () => {
    // −80 mV: 7.0 mM outside, less than the 140 inside and more than the normal 4
    expect(nernstConcentrationProblem.story!({ z: 1, cin: 140, E: -0.08, T: BODY })).toEqual({
      sign: -1,
      crowdedInside: true,
      aboveNormalPlasmaPotassium: true,
    });
    // −100 mV: 3.0 mM outside, below the normal 4
    expect(nernstConcentrationProblem.story!({ z: 1, cin: 140, E: -0.1, T: BODY })).toMatchObject({
      aboveNormalPlasmaPotassium: false,
    });
  });

  test('"New numbers" for nernst-target-concentration keep its story', () => {
    expectStoryKept(
      nernstConcentrationProblem,
      'nernst-target-concentration',
      { z: 1, cin: 140, E: -80, T: 37 },
      ['E'],
    );
  });

  testKindBasics(nernstConcentrationProblem, TYPICAL, [{ z: 1, cin: 140, E: -80, T: 37 }]);
});
