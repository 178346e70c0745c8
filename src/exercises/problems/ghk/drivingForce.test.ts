import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R, si } from '../testing';
import { drivingForceProblem, drivingForceWorking } from './drivingForce';

/** The chapter's exercises: Na⁺ and K⁺ at −70 mV (mM, mV, °C). */
const SODIUM = { z: 1, cin: 12, cout: 145, T: 37, V: -70 };
const CHAPTER = [SODIUM, { z: 1, cin: 140, cout: 4, T: 37, V: -70 }].map((display) =>
  si('driving-force', display),
);

/** E = (RT/zF)·ln(c_out/c_in) */
const nernstByHand = (p: SIParams) => ((R * p.T!) / (p.z! * F)) * Math.log(p.cout! / p.cin!);

describe('driving-force', () => {
  test('solve() is V_m − E: −136.6 mV for Na⁺ 12/145 mM at −70 mV', () => {
    for (const p of CHAPTER) {
      expect(drivingForceProblem.solve(p)).toBeCloseTo(p.V! - nernstByHand(p), 12);
    }
    expect(drivingForceProblem.solve(CHAPTER[0]!) * 1000).toBeCloseTo(-136.6, 1);
  });

  test('each mistake is the value its slip gives: E − V_m, E alone, V_m + E', () => {
    for (const p of CHAPTER) {
      const d = drivingForceProblem.solve(p);
      const e = nernstByHand(p);
      expect(drivingForceProblem.mistakes(p, d)).toEqual([
        { value: expect.closeTo(e - p.V!, 12), message: expect.stringContaining('E − V_m') },
        { value: expect.closeTo(e, 12), message: expect.stringContaining('E itself') },
        {
          value: expect.closeTo(p.V! + e, 12),
          message: expect.stringContaining('rather than adding'),
        },
      ]);
    }
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    for (const p of CHAPTER) expectMistakesApart(drivingForceProblem, p);
  });

  test('the worked solution shows V_m and E, whose difference is the answer', () => {
    for (const p of CHAPTER) {
      const d = drivingForceProblem.solve(p);
      const w = drivingForceWorking(p, d);
      expect(w.minuend).toBe(p.V);
      expect(w.subtrahend).toBeCloseTo(nernstByHand(p), 12);
      expect(w.minuend - w.subtrahend).toBeCloseTo(d, 12);
    }
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    for (const p of CHAPTER) expectWorkedSolution(drivingForceProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(drivingForceProblem, SODIUM);
  });
});
