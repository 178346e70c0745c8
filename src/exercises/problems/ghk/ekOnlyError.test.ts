import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R, si } from '../testing';
import { ekOnlyErrorProblem, ekOnlyErrorWorking } from './ekOnlyError';
import { ghkVoltageByHand, NEURON } from './testing';

// The chapter's exercise: the neuron of the GHK examples.
const p = si('ek-only-error', NEURON);

/** E_K = (RT/F)·ln(K_o/K_i) */
const eK = (q: SIParams) => ((R * q.T!) / F) * Math.log(q.Kout! / q.Kin!);

describe('ek-only-error', () => {
  const d = ekOnlyErrorProblem.solve(p);

  test('solve() is E_K − V_m: −95.0 − (−69.6) = −25.4 mV for the chapter’s neuron', () => {
    expect(d).toBeCloseTo(eK(p) - ghkVoltageByHand(p), 12);
    expect(d * 1000).toBeCloseTo(-25.43, 2);
  });

  test('the slip is V_m − E_K, the difference the other way round', () => {
    expect(ekOnlyErrorProblem.mistakes(p, d)).toEqual([
      {
        value: expect.closeTo(ghkVoltageByHand(p) - eK(p), 12),
        message: expect.stringContaining('V_m − E_K'),
      },
    ]);
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    expectMistakesApart(ekOnlyErrorProblem, p);
  });

  test('the worked solution shows E_K and V_m, whose difference is the answer', () => {
    const w = ekOnlyErrorWorking(p, d);
    expect(w.minuend).toBeCloseTo(eK(p), 12);
    expect(w.subtrahend).toBeCloseTo(ghkVoltageByHand(p), 12);
    expect(w.difference).toBe(d);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    expectWorkedSolution(ekOnlyErrorProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(ekOnlyErrorProblem, NEURON);
  });
});
