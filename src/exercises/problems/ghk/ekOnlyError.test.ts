import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectStoryKept, F, R, si, testKindBasics } from '../testing';
import { ekOnlyErrorProblem, ekOnlyErrorWorking } from './ekOnlyError';
import { ghkVoltageByHand, NEURON } from './testing';

// The chapter's exercise: the neuron of the GHK examples.
const p = si('ek-only-error', NEURON);

/** E_K = (RT/F)·ln(K_o/K_i) */
const eK = (q: SIParams) => ((R * q.T!) / F) * Math.log(q.Kout! / q.Kin!);

describe('ek-only-error', () => {
  const d = ekOnlyErrorProblem.solve(p);

  test('solve() is E_K − V_m: −95.0 − (−65.9) = −29.2 mV for the chapter’s neuron', () => {
    expect(d).toBeCloseTo(eK(p) - ghkVoltageByHand(p), 12);
    expect(d * 1000).toBeCloseTo(-29.17, 2);
    // and with P_Na/P_K = 0.05: −95.0 − (−69.6) = −25.4 mV
    const q = { ...p, PNa: 0.05 };
    expect(ekOnlyErrorProblem.solve(q) * 1000).toBeCloseTo(-25.43, 2);
  });

  test('the slip is V_m − E_K, the difference the other way round', () => {
    expect(ekOnlyErrorProblem.mistakes(p, d)).toContainEqual({
      value: expect.closeTo(ghkVoltageByHand(p) - eK(p), 12),
      code: 'sign',
      note: expect.stringContaining('V_m − E_K'),
    });
  });

  test('names E_K or V_m alone, and V_m found with an ion left out or a ratio upside down', () => {
    const mistakes = ekOnlyErrorProblem.mistakes(p, d);
    const named = (code: string, value: number) => ({
      value: expect.closeTo(value, 12),
      code,
      note: expect.any(String),
    });
    expect(mistakes).toContainEqual(named('step-short', eK(p)));
    expect(mistakes).toContainEqual(named('step-short', ghkVoltageByHand(p)));
    // −95.0 − (−62.8) = −32.2 mV with Cl⁻ left out of V_m
    const withoutCl = eK(p) - ghkVoltageByHand({ ...p, PCl: 0 });
    expect(withoutCl * 1000).toBeCloseTo(-32.21, 2);
    expect(mistakes).toContainEqual(named('ion-left-out', withoutCl));
    expect(mistakes).toContainEqual(
      named('ion-left-out', eK(p) - ghkVoltageByHand({ ...p, PNa: 0 })),
    );
    expect(mistakes).toContainEqual(
      named('inverted-ratio', eK(p) - ghkVoltageByHand({ ...p, PNa: 1 / p.PNa! })),
    );
    expect(mistakes).toContainEqual(named('log-base', d / Math.LN10));
    expect(mistakes).toContainEqual({
      value: expect.closeTo(d * Math.LN10, 12),
      code: 'ln-decade',
    });
    expect(mistakes).toContainEqual(named('celsius', (d * 37) / 310.15));
  });

  test('the story is the sign of E_K − V_m: negative while Na⁺ and Cl⁻ lift V_m above E_K', () => {
    expect(ekOnlyErrorProblem.story!(p)).toEqual({ sign: -1 });
    expectStoryKept(ekOnlyErrorProblem, 'ghk-ek-only-error', NEURON, ['PNa', 'PCl']);
  });

  test('the worked solution shows E_K and V_m, whose difference is the answer', () => {
    const w = ekOnlyErrorWorking(p, d);
    expect(w.minuend).toBeCloseTo(eK(p), 12);
    expect(w.subtrahend).toBeCloseTo(ghkVoltageByHand(p), 12);
    expect(w.difference).toBe(d);
  });

  testKindBasics(ekOnlyErrorProblem, [p], [NEURON]);
});
