import { describe, expect, test } from 'vitest';
import { presetState } from '../testing';
import { pumpWidget } from './definition';
import { fluxChart, pumpOf, sodiumBalanced, type PumpResult } from './model';

const R = 8.31446261815324;
const F = 96485.33212331001;

/**
 * The neuron preset's fluxes by hand, mol/(m²·s), out positive, at its Mullins–Noda V: the
 * reference neuron, K⁺ 140/4, Na⁺ 12/145 mM, P_Na/P_K = 0.065, P_K = 5 × 10⁻⁹ m/s.
 */
function neuronFluxesByHand() {
  const vt = (R * 310.15) / F;
  const u = Math.log((1.5 * 4 + 0.065 * 145) / (1.5 * 140 + 0.065 * 12));
  // GHK flux: P·u·(c_i − c_o·e^(−u))/(1 − e^(−u)), u = FV/RT; V_MN/V_T is the log above.
  const flux = (p: number, ci: number, co: number) =>
    (p * u * (ci - co * Math.exp(-u))) / (1 - Math.exp(-u));
  expect(vt * u * 1000).toBeCloseTo(-69.89, 2);
  return { kLeak: flux(5e-9, 140, 4), naLeak: flux(0.065 * 5e-9, 12, 145) };
}

describe('the pump widget’s flux chart', () => {
  const chart = fluxChart(pumpOf(presetState(pumpWidget, 'neuron')));
  const { kLeak, naLeak } = neuronFluxesByHand();

  test('has K⁺ leak, K⁺ pumped, Na⁺ leak, Na⁺ pumped, in pmol/(cm²·s): 10⁸ per mol/(m²·s)', () => {
    expect(chart.bars.map((bar) => `${bar.ion} ${bar.kind}`)).toEqual([
      'K leak',
      'K pump',
      'Na leak',
      'Na pump',
    ]);
    const [kOut, kIn, naIn, naOut] = chart.bars.map((bar) => bar.value);
    expect(kOut).toBeCloseTo(kLeak * 1e8, 9);
    expect(kOut).toBeCloseTo(8.8, 1);
    expect(kIn).toBeCloseTo(-kLeak * 1e8, 9);
    expect(naIn).toBeCloseTo(naLeak * 1e8, 9);
    expect(naOut).toBeCloseTo(1.5 * kLeak * 1e8, 9);
  });

  test('reaches 15 % past the longest bar, and its labels start at the rounded axis end, −20', () => {
    expect(chart.extent).toBeCloseTo(1.15 * Math.abs(naLeak) * 1e8, 9);
    expect(chart.left).toBe(-20);
  });

  test('keeps an axis when nothing flows', () => {
    const still = { K: { leak: 0, pump: 0 }, Na: { leak: 0, pump: 0 } };
    const chart = fluxChart({ fluxes: still } as PumpResult);
    expect(chart.extent).toBeCloseTo(1.15e-6, 18);
    expect(chart.left).toBeLessThan(0);
  });
});

describe('the Na⁺ balance at the Mullins–Noda potential', () => {
  test('holds in the neuron, where 3 : 2 balances both ions', () => {
    expect(sodiumBalanced(pumpOf(presetState(pumpWidget, 'neuron')))).toBe(true);
  });

  test('fails when the Na⁺ imbalance is a thousandth of the traffic', () => {
    const result = {
      sodiumImbalance: 1e-3,
      sodiumTraffic: 1,
      fluxes: { K: { leak: 0, pump: 0 }, Na: { leak: 0, pump: 0 } },
    } as PumpResult;
    expect(sodiumBalanced(result)).toBe(false);
    expect(sodiumBalanced({ ...result, sodiumImbalance: 1e-10 })).toBe(true);
  });
});
