import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultState } from '../params';
import { inRangeStates } from '../testing';
import { DEBYE_PARAMS } from './debyeParams';
import { debyeProfile, debyeReadings, debyeSweep } from './model';

// Written out here, so the expected values do not come from the code under test.
const EPS0 = 8.8541878128e-12;
const R = 8.31446261815324;
const F = 96485.33212331001;
const BODY = 310.15;

/** λ_D by hand, in m: I in mM (= mol/m³), T in K. */
const byHand = (I: number, kelvin: number, er: number) =>
  Math.sqrt((EPS0 * er * R * kelvin) / (2 * F * F * I));

describe('the debye widget’s model', () => {
  test('physiological: λ_D = 0.779 nm, 1 % of ψ₀ left at λ_D·ln 100, a 10 µm radius 12 800 λ_D', () => {
    const readings = debyeReadings(defaultState(DEBYE_PARAMS));
    const lambda = byHand(150, BODY, 74.15);
    expect(readings.lambda).toBeCloseTo(lambda, 20);
    expect(readings.onePercentAt).toBeCloseTo(lambda * Math.log(100), 20);
    expect(readings.cellRatio).toBeCloseTo(1e-5 / lambda, 6);
  });

  test('the profile of a 0.779 nm λ_D spans 5 nm, falls as exp(−x/λ_D) and is 1/e at λ_D', () => {
    const lambda = byHand(150, BODY, 74.15);
    const profile = debyeProfile(lambda);
    expect(profile.xMax).toBe(5);
    expect(profile.lambdaNm).toBeCloseTo(lambda * 1e9, 12);
    expect(profile.atLambda).toBeCloseTo(Math.exp(-1), 15);
    expect(profile.curve).toHaveLength(161);
    expect(profile.curve[0]).toEqual([0, 1]);
    for (const [x, y] of profile.curve) expect(y).toBeCloseTo(Math.exp(-x / (lambda * 1e9)), 12);
    expect(profile.curve.at(-1)![0]).toBeCloseTo(5, 12);
  });

  test('the shaded excess is 24 slices out to 5 λ_D, each as high as exp(−x/λ_D) at its middle', () => {
    const lambda = byHand(1, BODY, 74.15); // 9.54 nm: the axis reaches 5 λ_D
    const profile = debyeProfile(lambda);
    expect(profile.xMax).toBeCloseTo(5 * lambda * 1e9, 12);
    expect(profile.slices).toHaveLength(24);
    expect(profile.slices[0]!.x[0]).toBe(0);
    expect(profile.slices.at(-1)!.x[1]).toBeCloseTo(5 * lambda * 1e9, 12);
    // the first slice's middle is at 5 λ_D / 48, the last one's at 5 λ_D · 47/48
    expect(profile.slices[0]!.height).toBeCloseTo(Math.exp(-5 / 48), 12);
    expect(profile.slices.at(-1)!.height).toBeCloseTo(Math.exp((-5 * 47) / 48), 12);
  });

  test('λ_D against I falls tenfold per hundredfold I, 71 points from 10⁻⁴ to 1000 mM', () => {
    const sweep = debyeSweep(BODY, 74.15);
    expect(sweep.points).toHaveLength(71);
    expect(sweep.points[0]![0]).toBeCloseTo(1e-4, 18);
    expect(sweep.points.at(-1)![0]).toBeCloseTo(1000, 9);
    for (const [strength, lambdaNm] of sweep.points) {
      expect(lambdaNm).toBeCloseTo(byHand(strength, BODY, 74.15) * 1e9, 9);
    }
    expect(sweep.atLow).toBeCloseTo(byHand(1e-4, BODY, 74.15), 18);
    expect(sweep.atHigh).toBeCloseTo(byHand(1000, BODY, 74.15), 20);
    expect(sweep.atLow / sweep.atHigh).toBeCloseTo(Math.sqrt(1e7), 6);
  });

  test('the λ_D axis runs in whole decades from below 0.3 nm up past the 10 µm cell radius', () => {
    expect(debyeSweep(BODY, 74.15).yDomain).toEqual([0.1, 1e5]);
  });

  test('for any in-range state the readings are finite and 1 % lies 4.6 λ_D out', () => {
    fc.assert(
      fc.property(inRangeStates(DEBYE_PARAMS), (state) => {
        const readings = debyeReadings(state);
        expect(Number.isFinite(readings.cellRatio)).toBe(true);
        expect(readings.onePercentAt / readings.lambda).toBeCloseTo(Math.log(100), 12);
      }),
      { numRuns: 200 },
    );
  });
});
