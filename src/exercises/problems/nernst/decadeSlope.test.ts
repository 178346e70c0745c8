import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R } from '../testing';
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

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    for (const p of TYPICAL) expectMistakesApart(decadeSlopeProblem, p);
  });

  test('no mistake can be mistaken for the right answer, for redrawn temperatures', () => {
    fc.assert(
      fc.property(redrawnValence, redrawnTemperature, (z, T) =>
        expectMistakesApart(decadeSlopeProblem, { z, T }),
      ),
    );
  });

  test('the worked solution shows RT/zF and ln 10 = 2.3026', () => {
    const p = { z: 1, T: BODY };
    const working = decadeSlopeWorking(p, decadeSlopeProblem.solve(p));
    expect(working.rtOverZF).toBeCloseTo((R * BODY) / F, 12);
    expect(working.ln10).toBeCloseTo(2.302585, 6);
    expect(working.rtOverZF * working.ln10).toBeCloseTo(working.slope, 12);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    for (const p of TYPICAL) expectWorkedSolution(decadeSlopeProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(decadeSlopeProblem, { z: 1, T: 37 });
  });
});
