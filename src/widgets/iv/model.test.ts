import { describe, expect, test } from 'vitest';
import { NEURON_AT_REST } from '../ghk/threeIonParams';
import { defaultState, withDisplayValues } from '../params';
import { IV_PARAMS } from './ivParams';
import { currentsOf, fourIonsOf, P_K, VOLTAGE_DOMAIN_MV } from './model';

const R = 8.31446261815324;
const F = 96485.33212331001;
const BODY = 310.15;
/** A/m² → µA/cm² */
const TO_UA_PER_CM2 = 100;

const withValues = (values: Record<string, number>) =>
  withDisplayValues(IV_PARAMS, defaultState(IV_PARAMS), values);

describe('the iv widget’s model', () => {
  const neuronCa = withValues({ ...NEURON_AT_REST, Cain: 0.0001, Caout: 2, PCa: 0.01 });

  test('gives each ion an absolute permeability: the reference neuron’s P_K = 5 × 10⁻⁹ m/s times its ratio', () => {
    expect(P_K).toBe(5e-9);
    expect(fourIonsOf(neuronCa).map((ion) => ion.permeability / P_K)).toEqual([
      1,
      expect.closeTo(0.065, 12),
      expect.closeTo(0.45, 12),
      expect.closeTo(0.01, 12),
    ]);
    expect(fourIonsOf(neuronCa).map((ion) => ion.z)).toEqual([1, 1, -1, 2]);
  });

  test('samples every curve at 161 voltages, every 1.25 mV from −120 to +80 mV', () => {
    const { perIon, total } = currentsOf(neuronCa);
    for (const curve of [...perIon, total]) {
      expect(curve).toHaveLength(161);
      expect(curve[0]![0]).toBe(VOLTAGE_DOMAIN_MV[0]);
      expect(curve[96]![0]).toBeCloseTo(0, 12);
      expect(curve.at(-1)![0]).toBeCloseTo(VOLTAGE_DOMAIN_MV[1], 12);
    }
  });

  test('carries P·z·F·(c_in − c_out) at 0 mV: K⁺ outward 6.56 µA/cm², Ca²⁺ inward', () => {
    const { perIon, total } = currentsOf(neuronCa);
    const k = P_K * F * (140 - 4) * TO_UA_PER_CM2;
    expect(k).toBeCloseTo(6.56, 2);
    const ca = 0.01 * P_K * 2 * F * (0.0001 - 2) * TO_UA_PER_CM2;
    expect(perIon[0]![96]![1]).toBeCloseTo(k, 9);
    expect(perIon[3]![96]![1]).toBeCloseTo(ca, 12);
    const sum = perIon.reduce((s, curve) => s + curve[96]![1], 0);
    expect(total[96]![1]).toBeCloseTo(sum, 12);
  });

  test('draws a straight K⁺ line, P·F²·V·c/RT, for equal concentrations on both sides', () => {
    const { perIon } = currentsOf(withValues({ Kin: 140, Kout: 140, T: 37 }));
    const at80 = (P_K * F * F * 0.08 * 140 * TO_UA_PER_CM2) / (R * BODY);
    expect(perIon[0]!.at(-1)![1]).toBeCloseTo(at80, 9);
    expect(perIon[0]![0]![1]).toBeCloseTo((-at80 * 120) / 80, 9);
  });

  test('sizes the current axis to the largest current drawn', () => {
    const { perIon, total, extent } = currentsOf(neuronCa);
    const largest = Math.max(...[...perIon, total].flat().map(([, i]) => Math.abs(i)));
    expect(extent).toBe(largest);
  });
});
