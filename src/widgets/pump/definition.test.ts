import fc from 'fast-check';
import { inRangeStates, presetProblems } from '../testing';
import { describe, expect, test, vi } from 'vitest';
import { defaultState, withDisplayValues, type NumberParam } from '../params';
import { pumpWidget } from './definition';
import { describePump } from './describe';
import { PMOL_PER_CM2_S, pumpOf } from './model';
import { PUMP_PARAMS } from './pumpParams';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const R = 8.31446261815324;
const F = 96485.33212331001;
const E = 1.602176634e-19;
const MINUS = '\u2212';

const presetState = (id: string) => {
  const preset = pumpWidget.presets.find((p) => p.id === id)!;
  return withDisplayValues(PUMP_PARAMS, defaultState(PUMP_PARAMS), preset.values);
};

/** (RT/F)·ln(x) in mV at 37 °C. */
const vt37 = (R * 310.15) / F;

describe('the pump widget, neuron preset', () => {
  const state = presetState('neuron');
  const result = pumpOf(state);
  // Mullins–Noda by hand: (RT/F)·ln((r·P_K·K_o + P_Na·Na_o)/(r·P_K·K_i + P_Na·Na_i)).
  const mnByHand = vt37 * Math.log((1.5 * 5 + 0.03 * 145) / (1.5 * 140 + 0.03 * 10));
  const ghkByHand = vt37 * Math.log((5 + 0.03 * 145) / (140 + 0.03 * 10));

  test('the Mullins–Noda potential is −76.9 mV, as the formula gives by hand', () => {
    expect(result.mullinsNoda).toBeCloseTo(mnByHand, 9);
    expect(mnByHand * 1000).toBeCloseTo(-76.87, 2);
  });

  test('without the pump the GHK voltage is −72.4 mV, and the pump adds −4.5 mV', () => {
    expect(result.ghk).toBeCloseTo(ghkByHand, 9);
    expect(result.pumpAdds).toBeCloseTo(mnByHand - ghkByHand, 9);
  });

  test('10 pA across 5 nS moves V by 2 mV, and 10 pA is 6.24 × 10⁷ pump cycles per second', () => {
    expect(result.withCurrent).toBeCloseTo(ghkByHand - 10e-12 / 5e-9, 9);
    expect(result.atpPerSecond).toBeCloseTo(10e-12 / E, -2);
  });

  test('describes all of it with U+2212 minus signs', () => {
    const text = describePump(state);
    expect(text).toContain(`Mullins–Noda V = ${MINUS}76.9 mV`);
    expect(text).toContain(`(GHK) V = ${MINUS}72.4 mV`);
    expect(text).toContain(`the pump adds ${MINUS}4.5 mV`);
    expect(text).toContain(`gives V = ${MINUS}74.4 mV`);
    expect(text).toContain('uses 6.24 × 10⁷ ATP/s');
    expect(text).toContain('3 : 2');
    expect(text).not.toMatch(/-\s?\d/); // an ASCII minus
  });

  test('at V_MN the K⁺ leak out is the GHK flux with P_K = 5 × 10⁻⁹ m/s, and the pump balances both ions', () => {
    // GHK flux by hand: P·u·(c_i − c_o·e^(−u))/(1 − e^(−u)), u = FV/RT.
    const u = mnByHand / vt37;
    const flux = (p: number, ci: number, co: number) =>
      (p * u * (ci - co * Math.exp(-u))) / (1 - Math.exp(-u));
    const kLeak = flux(5e-9, 140, 5);
    const naLeak = flux(0.03 * 5e-9, 10, 145);
    expect(result.fluxes.K.leak).toBeCloseTo(kLeak, 15);
    expect(result.fluxes.Na.leak).toBeCloseTo(naLeak, 15);
    expect(kLeak).toBeGreaterThan(0);
    expect(naLeak).toBeLessThan(0);
    expect(result.fluxes.K.pump).toBeCloseTo(-kLeak, 15);
    expect(result.fluxes.Na.pump / result.fluxes.K.leak).toBeCloseTo(1.5, 12);
    // 3 : 2 balances Na⁺ exactly at the Mullins–Noda potential.
    expect(Math.abs(result.sodiumImbalance)).toBeLessThan(1e-9 * Math.abs(naLeak));
    expect(describePump(state)).toContain(
      `K⁺ leaks out at ${Number((kLeak * PMOL_PER_CM2_S).toPrecision(3))} pmol/(cm²·s)`,
    );
  });
});

describe('the pump widget, other presets', () => {
  test('with r = 1 the Mullins–Noda potential is the GHK voltage: the pump adds nothing', () => {
    const result = pumpOf(presetState('no-pump-ratio'));
    expect(result.mullinsNoda).toBeCloseTo(result.ghk, 12);
    expect(describePump(presetState('no-pump-ratio'))).toContain('the pump adds 0.0 mV');
  });

  test('the squid axon at 6.3 °C gives the Mullins–Noda potential of the formula', () => {
    const result = pumpOf(presetState('squid'));
    const vt = (R * (273.15 + 6.3)) / F;
    const byHand = vt * Math.log((1.5 * 20 + 0.04 * 440) / (1.5 * 400 + 0.04 * 50));
    expect(result.mullinsNoda).toBeCloseTo(byHand, 9);
  });

  test('a 40 pA pump across 5 nS hyperpolarises by 8 mV', () => {
    const result = pumpOf(presetState('strong-pump'));
    expect(result.ghk - result.withCurrent).toBeCloseTo(40e-12 / 5e-9, 9);
  });

  test('every preset stays within the parameters’ ranges', () => {
    expect(presetProblems(pumpWidget)).toEqual([]);
  });

  test('every default lies within its parameter’s range', () => {
    for (const param of PUMP_PARAMS as readonly NumberParam[]) {
      expect(param.default).toBeGreaterThanOrEqual(param.min);
      expect(param.default).toBeLessThanOrEqual(param.max);
    }
  });
});

describe('the pump widget for any state', () => {
  test('never describes an in-range state with NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(inRangeStates(PUMP_PARAMS), (state) => {
        const text = pumpWidget.describe(state);
        expect(text).not.toMatch(/NaN|Infinity|undefined|∞/);
        expect(text).not.toMatch(/-\s?\d/); // an ASCII minus
      }),
      { numRuns: 500 },
    );
  });

  test('every result is finite, and the leaks balance the pump ion by ion at V_MN', () => {
    fc.assert(
      fc.property(inRangeStates(PUMP_PARAMS), (state) => {
        const result = pumpOf(state);
        const numbers = [
          result.ghk,
          result.withCurrent,
          result.mullinsNoda,
          result.pumpAdds,
          result.atpPerSecond,
          result.fluxes.K.leak,
          result.fluxes.K.pump,
          result.fluxes.Na.leak,
          result.fluxes.Na.pump,
        ];
        for (const value of numbers) expect(Number.isFinite(value)).toBe(true);
        // Zero but for rounding, which scales with the one-way traffic behind the net leak.
        // When Na⁺ is scarce and K⁺ plentiful, the K⁺ terms' rounding reaches the Na⁺ balance
        // through V_MN magnified by up to K/Na traffic (seen: 1.2e-9 relative), hence 1e-7.
        const scale = result.sodiumTraffic + Math.abs(result.fluxes.Na.pump);
        expect(Math.abs(result.sodiumImbalance)).toBeLessThanOrEqual(1e-7 * scale);
        expect(Math.abs(result.fluxes.K.leak + result.fluxes.K.pump)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  test('a pump ratio r ≥ 1 moves V from the GHK voltage toward E_K, never past it', () => {
    fc.assert(
      fc.property(inRangeStates(PUMP_PARAMS), (state) => {
        const result = pumpOf(state);
        const eK =
          ((R * (state.T as number)) / F) *
          Math.log((state.Kout as number) / (state.Kin as number));
        const tolerance = 1e-12;
        expect(result.pumpAdds * Math.sign(eK - result.ghk)).toBeGreaterThanOrEqual(-tolerance);
        expect(Math.abs(result.mullinsNoda - eK)).toBeLessThanOrEqual(
          Math.abs(result.ghk - eK) + tolerance,
        );
      }),
      { numRuns: 300 },
    );
  });
});
