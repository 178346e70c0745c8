import { describe, expect, test } from 'vitest';
import { defaultState, withDisplayValues } from '../params';
import { NERNST_PARAMS } from './definition';
import { nernstCurves, nernstReadings } from './model';

const R = 8.31446261815324;
const F = 96485.33212331001;
const BODY = 310.15;

describe('the nernst widget’s model', () => {
  test('reads E_K = (RT/F)·ln(4/140) = −95.0 mV from the default state', () => {
    const readings = nernstReadings(defaultState(NERNST_PARAMS));
    expect(readings.e).toBeCloseTo(((R * BODY) / F) * Math.log(4 / 140), 12);
    expect(readings.ratio).toBeCloseTo(4 / 140, 12);
  });

  test('gives a divalent anion minus half the monovalent decade slope', () => {
    const state = withDisplayValues(NERNST_PARAMS, defaultState(NERNST_PARAMS), {
      ion: 'custom',
      z: -2,
    });
    expect(nernstReadings(state).decadeSlope).toBeCloseTo((-(R * BODY) / (2 * F)) * Math.LN10, 12);
  });

  test('draws both lines through 0 mV at a ratio of 1, with opposite slopes', () => {
    const { own, mirror, domain } = nernstCurves(1, 4 / 140, BODY);
    expect(domain).toEqual([0.001, 1000]);
    const middle = (own.length - 1) / 2;
    expect(own[middle]![0]).toBeCloseTo(1, 12);
    expect(own[middle]![1]).toBeCloseTo(0, 9);
    expect(own.at(-1)![1]).toBeCloseTo(((R * BODY) / F) * Math.log(1000) * 1000, 9);
    expect(mirror.at(-1)![1]).toBeCloseTo(-own.at(-1)![1], 9);
  });

  test('widens the ratio axis a decade beyond a ratio outside 10⁻³…10³, and the E axis with it', () => {
    const { domain, extent } = nernstCurves(2, 2 / 0.0001, BODY);
    expect(domain).toEqual([0.001, 1e6]);
    expect(extent).toBeCloseTo(((R * BODY) / (2 * F)) * Math.log(1e6) * 1000, 9);
  });
});
