import { describe, expect, test } from 'vitest';
import { expectStoryKept, F, R, si, testKindBasics } from '../testing';
import { reversalWithCalciumProblem } from './reversalWithCalcium';

/** The chapter's exercise: a channel passing K⁺, Na⁺ and Ca²⁺ (mM, °C). */
const CHANNEL = {
  Kin: 140,
  Kout: 4,
  Nain: 12,
  Naout: 145,
  Cain: 0.0001,
  Caout: 2,
  PNa: 1,
  PCa: 10,
  T: 37,
};
const p = si('reversal-with-calcium', CHANNEL);

/**
 * The GHK current of one ion at V (outward positive, per unit P_K):
 * P·z·F·u·(c_in − c_out·e^(−u))/(1 − e^(−u)), u = zFV/RT.
 */
const ghkCurrent = (z: number, P: number, cin: number, cout: number, V: number) => {
  const u = (z * F * V) / (R * p.T!);
  return (P * z * F * u * (cin - cout * Math.exp(-u))) / (1 - Math.exp(-u));
};
const totalCurrent = (V: number) =>
  ghkCurrent(1, 1, p.Kin!, p.Kout!, V) +
  ghkCurrent(1, p.PNa!, p.Nain!, p.Naout!, V) +
  ghkCurrent(2, p.PCa!, p.Cain!, p.Caout!, V);

describe('reversal-with-calcium', () => {
  const v = reversalWithCalciumProblem.solve(p);

  test('solve() is the V where the K⁺, Na⁺ and Ca²⁺ GHK currents add to zero', () => {
    const scale = Math.abs(ghkCurrent(1, 1, p.Kin!, p.Kout!, v));
    expect(Math.abs(totalCurrent(v))).toBeLessThan(1e-9 * scale);
    // the total current rises through zero there: inward just below, outward just above
    expect(totalCurrent(v - 1e-4)).toBeLessThan(0);
    expect(totalCurrent(v + 1e-4)).toBeGreaterThan(0);
  });

  test('leaving Ca²⁺ out gives the GHK voltage of K⁺ and Na⁺ alone', () => {
    const withoutCalcium =
      ((R * p.T!) / F) * Math.log((p.Kout! + p.PNa! * p.Naout!) / (p.Kin! + p.PNa! * p.Nain!));
    expect(reversalWithCalciumProblem.mistakes(p, v)).toContainEqual({
      value: expect.closeTo(withoutCalcium, 12),
      code: 'ion-left-out',
      note: expect.stringContaining('Ca²⁺ out'),
    });
  });

  test('Ca²⁺ taken for a monovalent ion, or its E alone, are named too', () => {
    const mistakes = reversalWithCalciumProblem.mistakes(p, v);
    // as if z = 1: (RT/F)·ln((4 + 145 + 10·2)/(140 + 12 + 10·0.0001)) = +2.8 mV
    const monovalent =
      ((R * p.T!) / F) *
      Math.log((p.Kout! + p.Naout! + p.PCa! * p.Caout!) / (p.Kin! + p.Nain! + p.PCa! * p.Cain!));
    expect(monovalent * 1000).toBeCloseTo(2.8, 1);
    expect(mistakes).toContainEqual({
      value: expect.closeTo(monovalent, 12),
      code: 'valence',
      note: expect.any(String),
    });
    // E_Ca = (RT/2F)·ln(2/0.0001) = +132.3 mV
    const eCa = ((R * p.T!) / (2 * F)) * Math.log(p.Caout! / p.Cain!);
    expect(eCa * 1000).toBeCloseTo(132.3, 1);
    expect(mistakes).toContainEqual({
      value: expect.closeTo(eCa, 12),
      code: 'one-ion',
      note: expect.any(String),
    });
  });

  test('the story: Ca²⁺ passes better than K⁺ and moves the reversal positive', () => {
    expect(reversalWithCalciumProblem.story!(p)).toEqual({
      calciumPassesBetter: true,
      calciumShiftsPositive: true,
    });
    expectStoryKept(reversalWithCalciumProblem, 'ghk-calcium-reversal', CHANNEL, ['PCa', 'Caout']);
  });

  testKindBasics(reversalWithCalciumProblem, [p], [CHANNEL]);
});
