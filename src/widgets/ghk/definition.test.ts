import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultState, withDisplayValues, type NumberParam } from '../params';
import { ghkWidget } from './definition';
import { describeGhk } from './describe';
import { restingOf } from './model';
import { THREE_ION_PARAMS } from './threeIonParams';

// R·T/F at 37 °C, independent of the physics core: 8.31446261815324 × 310.15 / 96485.33212331001
const RT_F = (8.31446261815324 * 310.15) / 96485.33212331001;

function preset(id: string) {
  const values = ghkWidget.presets.find((p) => p.id === id)!.values;
  return withDisplayValues(THREE_ION_PARAMS, defaultState(THREE_ION_PARAMS), values);
}

describe('the ghk widget', () => {
  test('gives the neuron preset, the reference neuron (P_K : P_Na : P_Cl = 1 : 0.065 : 0.45), V_m from the GHK formula worked by hand (−65.9 mV)', () => {
    const byHand = RT_F * Math.log((4 + 0.065 * 145 + 0.45 * 7) / (140 + 0.065 * 12 + 0.45 * 120));
    expect(restingOf(preset('neuron')).vm).toBeCloseTo(byHand, 12);
    expect(describeGhk(preset('neuron'))).toContain('V_m = −65.9 mV');
  });

  test('starts, with no preset, at the reference neuron', () => {
    expect(restingOf(defaultState(THREE_ION_PARAMS)).vm).toBeCloseTo(
      restingOf(preset('neuron')).vm,
      12,
    );
    expect(defaultState(THREE_ION_PARAMS)).toMatchObject({ PNa: 0.065, PCl: 0.45, Nain: 12 });
  });

  test('moves V_m toward E_Na at the action-potential peak preset', () => {
    const { vm, eNa } = restingOf(preset('ap-peak'));
    expect(vm).toBeGreaterThan(0.04);
    expect(vm).toBeLessThan(eNa);
  });

  test('depolarises the neuron when [K⁺]out doubles (hyperkalaemia preset)', () => {
    expect(restingOf(preset('hyperkalaemia')).vm).toBeGreaterThan(
      restingOf(preset('neuron')).vm + 0.005,
    );
  });

  test('keeps V_m between the extreme equilibrium potentials for any in-range state', () => {
    const numbers = THREE_ION_PARAMS.filter((p): p is NumberParam => p.kind === 'number');
    const arbitrary = fc.record(
      Object.fromEntries(
        numbers.map((p) => [
          p.key,
          p.scale === 'log'
            ? fc
                .double({ min: Math.log10(p.min), max: Math.log10(p.max), noNaN: true })
                .map((e) => 10 ** e)
            : fc.double({ min: p.min, max: p.max, noNaN: true }),
        ]),
      ),
    );
    fc.assert(
      fc.property(arbitrary, (values) => {
        const state = withDisplayValues(THREE_ION_PARAMS, defaultState(THREE_ION_PARAMS), values);
        const { vm, eK, eNa, eCl } = restingOf(state);
        const lo = Math.min(eK, eNa, eCl) - 1e-12;
        const hi = Math.max(eK, eNa, eCl) + 1e-12;
        expect(vm).toBeGreaterThanOrEqual(lo);
        expect(vm).toBeLessThanOrEqual(hi);
        expect(describeGhk(state)).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 300 },
    );
  });

  test('keeps every preset inside its parameters’ ranges', () => {
    for (const p of ghkWidget.presets) {
      for (const [key, value] of Object.entries(p.values)) {
        const param = THREE_ION_PARAMS.find((q) => q.key === key) as NumberParam;
        expect(value).toBeGreaterThanOrEqual(param.min);
        expect(value).toBeLessThanOrEqual(param.max);
      }
    }
  });
});
