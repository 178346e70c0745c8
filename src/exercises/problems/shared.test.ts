import { describe, expect, test } from 'vitest';
import {
  celsiusAsKelvin,
  distinct,
  distinguishable,
  logarithmSlips,
  valenceNotDivided,
} from './shared';

const slip = (value: number) => ({ value, code: 'sign' as const });

describe('distinct', () => {
  test('keeps a slip whose 1 % window is well apart from the answer', () => {
    // windows: 1 and 1.1; 110 − 100 = 10 > 2 × 2.1
    expect(distinct([slip(110)], 100)).toEqual([slip(110)]);
  });

  test('drops a slip that lands inside the windows around the answer', () => {
    // windows: 1 and 1.03; 103 − 100 = 3 < 2 × 2.03
    expect(distinct([slip(103)], 100)).toEqual([]);
  });

  test('drops a slip equal to the answer, as z² = 1 gives for a monovalent ion', () => {
    expect(distinct([slip(-0.0187)], -0.0187)).toEqual([]);
  });

  test('drops slips that are not finite numbers', () => {
    expect(distinct([slip(Number.NaN), slip(Number.POSITIVE_INFINITY)], 1)).toEqual([]);
  });

  test('widens the windows by an absolute tolerance near zero', () => {
    // an answer of 0 has no relative window; ±1e-5 each side makes 3e-5 too close
    expect(distinct([slip(3e-5)], 0)).toEqual([slip(3e-5)]);
    expect(distinct([slip(3e-5)], 0, { absolute: 1e-5 })).toEqual([]);
  });

  test('takes a relative tolerance other than 1 %', () => {
    // windows at 5 %: 5 and 5.5; 110 − 100 = 10 < 2 × 10.5
    expect(distinct([slip(110)], 100, { relative: 0.05 })).toEqual([]);
  });
});

describe('celsiusAsKelvin', () => {
  test('scales a value ∝ T by θ/T, the °C reading taken as kelvin', () => {
    // 37 °C = 310.15 K: the slip gives 26.7 mV × 37/310.15
    const [mistake] = celsiusAsKelvin(26.7e-3, 310.15);
    expect(mistake!.value).toBeCloseTo((26.7e-3 * 37) / 310.15, 12);
  });

  test('offers no slip near 0 °C, where the two readings cannot be told apart', () => {
    expect(celsiusAsKelvin(1, 273.5)).toEqual([]);
  });
});

describe('valenceNotDivided', () => {
  test('multiplies back by z, as if the value had not been divided by the valence', () => {
    expect(valenceNotDivided(-0.0125, 2, 'the value')).toEqual([
      {
        value: -0.025,
        code: 'valence',
        note: 'That is the value for z = ±1. Divide by the valence, z = 2.',
      },
    ]);
  });

  test('offers no slip for a monovalent ion, where dividing by z changes nothing', () => {
    expect(valenceNotDivided(0.05, -1, 'the value')).toEqual([]);
  });
});

describe('distinguishable', () => {
  test('keeps a slip whose window merely does not overlap the answer’s', () => {
    // windows: 1 and 1.03; 103 − 100 = 3 > 2.03, though not > 2 × 2.03
    expect(distinguishable([slip(103)], 100)).toEqual([slip(103)]);
    expect(distinct([slip(103)], 100)).toEqual([]);
  });

  test('drops a slip whose window overlaps the answer’s', () => {
    // windows: 1 and 1.02; 102 − 100 = 2 < 2.02
    expect(distinguishable([slip(102)], 100)).toEqual([]);
  });
});

describe('logarithmSlips', () => {
  test('log₁₀ for ln divides by ln 10; ln with the tenfold slope multiplies by it', () => {
    // E_K = −95.02 mV: −41.27 mV with log₁₀, −218.8 mV with ln × 61.5 mV per decade
    const [logBase, lnDecade] = logarithmSlips(-0.09502);
    expect(logBase).toMatchObject({
      value: expect.closeTo(-0.09502 / 2.302585, 7),
      code: 'log-base',
    });
    expect(lnDecade).toEqual({ value: expect.closeTo(-0.09502 * 2.302585, 6), code: 'ln-decade' });
  });
});
