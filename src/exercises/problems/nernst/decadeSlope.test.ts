import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectStoryKept, F, R, testKindBasics } from '../testing';
import { BODY, redrawnTemperature, redrawnValence } from './testing';
import { decadeSlopeProblem, decadeSlopeWorking } from './decadeSlope';

/** The chapter's parameter sets (SI). */
const TYPICAL: SIParams[] = [
  { z: 1, T: BODY },
  { z: 2, T: BODY },
  { z: -1, T: 278.15 },
];

describe('decade-slope', () => {
  test('solve() is (RT/zF)·ln 10, 61.5 mV at 37 °C for z = 1', () => {
    for (const p of TYPICAL) {
      const byHand = ((R * p.T!) / (p.z! * F)) * Math.log(10);
      expect(decadeSlopeProblem.solve(p)).toBeCloseTo(byHand, 12);
    }
    expect(decadeSlopeProblem.solve({ z: 1, T: BODY }) * 1000).toBeCloseTo(61.54, 2);
  });

  test('no mistake can be mistaken for the right answer, for redrawn temperatures', () => {
    fc.assert(
      fc.property(redrawnValence, redrawnTemperature, (z, T) =>
        expectMistakesApart(decadeSlopeProblem, { z, T }),
      ),
    );
  });

  test('each mistake is the value its slip gives: RT/zF, −ΔE, ΔE·θ/T', () => {
    const p = { z: 1, T: BODY };
    const s = decadeSlopeProblem.solve(p);
    expect(decadeSlopeProblem.mistakes(p, s)).toEqual([
      {
        value: expect.closeTo((R * BODY) / F, 12),
        code: 'step-short',
        note: expect.stringContaining('e-fold'),
      },
      { value: expect.closeTo(-s, 12), code: 'sign', note: expect.any(String) },
      { value: expect.closeTo((s * 37) / BODY, 12), code: 'celsius', note: expect.any(String) },
    ]);
  });

  test('the story is the sign of the slope, the valence’s', () => {
    expect(decadeSlopeProblem.story!({ z: 1, T: BODY })).toEqual({ sign: 1 });
    expect(decadeSlopeProblem.story!({ z: -1, T: BODY })).toEqual({ sign: -1 });
  });

  test('"New numbers" for nernst-decade-slope keep it positive', () => {
    expectStoryKept(decadeSlopeProblem, 'nernst-decade-slope', { z: 1, T: 37 }, ['T']);
  });

  test('the worked solution shows RT/zF and ln 10 = 2.3026', () => {
    const p = { z: 1, T: BODY };
    const working = decadeSlopeWorking(p, decadeSlopeProblem.solve(p));
    expect(working.rtOverZF).toBeCloseTo((R * BODY) / F, 12);
    expect(working.ln10).toBeCloseTo(2.302585, 6);
    expect(working.rtOverZF * working.ln10).toBeCloseTo(working.slope, 12);
  });

  testKindBasics(decadeSlopeProblem, TYPICAL, [{ z: 1, T: 37 }]);
});
