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

/** The reference neuron: radius 10 µm, P_K = 5 × 10⁻⁹ m/s. */
const AREA = 4 * Math.PI * 10e-6 ** 2;
const PK = 5e-9;

const presetState = (id: string) => {
  const preset = pumpWidget.presets.find((p) => p.id === id)!;
  return withDisplayValues(PUMP_PARAMS, defaultState(PUMP_PARAMS), preset.values);
};

/** (RT/F)·ln(x) in mV at 37 °C. */
const vt37 = (R * 310.15) / F;

/** GHK flux, mol/(m²·s), out positive, at u = FV/RT: P·u·(c_i − c_o·e^(−u))/(1 − e^(−u)). */
const flux = (p: number, ci: number, co: number, u: number) =>
  (p * u * (ci - co * Math.exp(-u))) / (1 - Math.exp(-u));

/**
 * Its derivative by V, S/m² per F (d/du then 1/vt): the quotient rule on the flux above gives
 * P·[ (c_i − c_o·e^(−u))/(1 − e^(−u)) + u·e^(−u)·(c_o − c_i)/(1 − e^(−u))² ] / vt.
 */
const fluxSlope = (p: number, ci: number, co: number, u: number, vt: number) => {
  const w = Math.exp(-u);
  return (p * ((ci - co * w) / (1 - w) + (u * w * (co - ci)) / (1 - w) ** 2)) / vt;
};

describe('the pump widget, neuron preset (the reference neuron)', () => {
  const state = presetState('neuron');
  const result = pumpOf(state);
  // Mullins–Noda by hand: (RT/F)·ln((r·P_K·K_o + P_Na·Na_o)/(r·P_K·K_i + P_Na·Na_i)).
  const uMN = Math.log((1.5 * 4 + 0.065 * 145) / (1.5 * 140 + 0.065 * 12));
  const mnByHand = vt37 * uMN;
  const ghkByHand = vt37 * Math.log((4 + 0.065 * 145) / (140 + 0.065 * 12));
  const kLeak = flux(PK, 140, 4, uMN);
  const naLeak = flux(0.065 * PK, 12, 145, uMN);
  // The pump brings the leaked K⁺ back in and sends 3/2 as many Na⁺ out: (r − 1)·K⁺ leak out.
  const pumpCurrentByHand = 0.5 * kLeak * F * AREA;
  const conductanceByHand =
    (fluxSlope(PK, 140, 4, uMN, vt37) + fluxSlope(0.065 * PK, 12, 145, uMN, vt37)) * F * AREA;

  test('is the default state', () => {
    expect(state).toEqual(defaultState(PUMP_PARAMS));
  });

  test('the Mullins–Noda potential is −69.9 mV, as the formula gives by hand', () => {
    expect(result.mullinsNoda).toBeCloseTo(mnByHand, 9);
    expect(mnByHand * 1000).toBeCloseTo(-69.89, 2);
  });

  test('without the pump the GHK voltage is −62.8 mV, and the pump adds −7.1 mV', () => {
    expect(result.ghk).toBeCloseTo(ghkByHand, 9);
    expect(ghkByHand * 1000).toBeCloseTo(-62.81, 2);
    expect(result.pumpAdds).toBeCloseTo(mnByHand - ghkByHand, 9);
  });

  test('the pump current, 5.34 pA, is the Na⁺ leak over 3, and 3.33 × 10⁷ ATP/s', () => {
    expect(result.pumpCurrent).toBeCloseTo(pumpCurrentByHand, 18);
    expect(pumpCurrentByHand * 1e12).toBeCloseTo(5.34, 2);
    expect(result.pumpCurrent).toBeCloseTo((-naLeak * F * AREA) / 3, 18);
    expect(result.atpPerSecond / 1e7).toBeCloseTo(pumpCurrentByHand / E / 1e7, 6);
    expect(result.atpPerSecond / 1e7).toBeCloseTo(3.33, 2);
  });

  test('the leaks’ conductance near rest is 0.72 nS, their dI/dV at V_MN', () => {
    expect(result.conductance).toBeCloseTo(conductanceByHand, 15);
    expect(conductanceByHand * 1e9).toBeCloseTo(0.72, 2);
  });

  test('the pump current through that conductance agrees with Mullins–Noda within 0.5 mV', () => {
    expect(result.withCurrent).toBeCloseTo(ghkByHand - pumpCurrentByHand / conductanceByHand, 9);
    expect(Math.abs(result.withCurrent - result.mullinsNoda)).toBeLessThan(0.5e-3);
  });

  test('describes all of it with U+2212 minus signs', () => {
    const text = describePump(state);
    expect(text).toContain(`Mullins–Noda V = ${MINUS}69.9 mV`);
    expect(text).toContain(`(GHK) V = ${MINUS}62.8 mV`);
    expect(text).toContain(`the pump adds ${MINUS}7.1 mV`);
    expect(text).toContain('5.34 pA');
    expect(text).toContain('0.72 nS');
    expect(text).toContain(`gives V = ${MINUS}70.2 mV`);
    expect(text).toContain('uses 3.33 × 10⁷ ATP/s');
    expect(text).toContain('3 : 2');
    expect(text).not.toMatch(/-\s?\d/); // an ASCII minus
  });

  test('at V_MN the K⁺ leak out is the GHK flux with P_K = 5 × 10⁻⁹ m/s, and the pump balances both ions', () => {
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

  test('with r = 1 the pump carries no current and says so, and V with its current is V_GHK', () => {
    const result = pumpOf(presetState('no-pump-ratio'));
    expect(result.pumpCurrent).toBe(0);
    expect(result.withCurrent).toBe(result.ghk);
    const text = describePump(presetState('no-pump-ratio'));
    expect(text).toContain('carries no current');
    expect(text).not.toMatch(/\d pA/);
  });

  test('the squid axon at 6.3 °C gives the Mullins–Noda potential of the formula', () => {
    const result = pumpOf(presetState('squid'));
    const vt = (R * (273.15 + 6.3)) / F;
    const byHand = vt * Math.log((1.5 * 20 + 0.04 * 440) / (1.5 * 400 + 0.04 * 50));
    expect(result.mullinsNoda).toBeCloseTo(byHand, 9);
  });

  test('a membrane leakier to Na⁺ makes the pump carry more current and add more', () => {
    const neuron = pumpOf(presetState('neuron'));
    const leaky = pumpOf(presetState('leaky-sodium'));
    expect(leaky.pumpCurrent).toBeGreaterThan(2 * neuron.pumpCurrent);
    expect(leaky.pumpAdds).toBeLessThan(neuron.pumpAdds);
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

  test('the former free pump current and conductance are no parameters any more', () => {
    expect(PUMP_PARAMS.map((param) => param.key)).not.toContain('Ip');
    expect(PUMP_PARAMS.map((param) => param.key)).not.toContain('g');
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
          result.pumpCurrent,
          result.conductance,
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

  test('the pump current is the net charge pumped, (r − 1) per K⁺, and moves V the way Mullins–Noda does', () => {
    fc.assert(
      fc.property(inRangeStates(PUMP_PARAMS), (state) => {
        const result = pumpOf(state);
        const r = state.r as number;
        const { K } = result.fluxes;
        expect(result.conductance).toBeGreaterThan(0);
        expect(result.pumpCurrent).toBeCloseTo((r - 1) * K.leak * F * AREA, 20);
        // The leaks' current rises with V and is zero at V_GHK, and −I_pump at V_MN: so V_MN
        // lies on the side of V_GHK where −I/g points.
        const tolerance = 1e-9;
        if (Math.abs(result.pumpAdds) > tolerance) {
          expect(Math.sign(result.withCurrent - result.ghk)).toBe(Math.sign(result.pumpAdds));
        }
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
