import { describe, expect, test } from 'vitest';
import { defaultState, withDisplayValues } from '../params';
import { ENERGY_PARAMS } from './definition';
import { energiesOf, energyLines, VOLTAGE_DOMAIN_MV } from './model';

const R = 8.31446261815324;
const F = 96485.33212331001;
const BODY = 310.15;

const withValues = (values: Record<string, number | string>) =>
  withDisplayValues(ENERGY_PARAMS, defaultState(ENERGY_PARAMS), values);

describe('the energy widget’s model', () => {
  test('finds the Nernst potential E_K = (RT/F)·ln(4/140) for the default K⁺', () => {
    const { e, voltage } = energiesOf(defaultState(ENERGY_PARAMS));
    expect(e).toBeCloseTo(((R * BODY) / F) * Math.log(4 / 140), 12);
    expect(voltage).toBeCloseTo(-0.07, 12);
  });

  test('sends K⁺ out and Na⁺ in at −70 mV, and neither at E (|ΔG| < 1 J/mol)', () => {
    expect(energiesOf(withValues({ ion: 'K', cin: 140, cout: 4, V: -70 })).tendency).toBe('out');
    expect(energiesOf(withValues({ ion: 'Na', cin: 12, cout: 145, V: -70 })).tendency).toBe('in');
    // E_K = −95.02 mV: at −95 mV, ΔG = F·(V − E) = F·0.024 mV ≈ +2.3 J/mol, still uphill.
    expect(energiesOf(withValues({ ion: 'K', cin: 140, cout: 4, V: -95 })).tendency).toBe('out');
    const atE = { ...defaultState(ENERGY_PARAMS), V: energiesOf(defaultState(ENERGY_PARAMS)).e };
    expect(energiesOf(atE).tendency).toBe('none');
  });

  test('draws the electrical part as zFV: ±14.5 kJ/mol at ±150 mV for z = +1', () => {
    const chemical = R * BODY * Math.log(140 / 4);
    const lines = energyLines(1, chemical, BODY);
    expect(lines.electrical.map(([v]) => v)).toEqual([...VOLTAGE_DOMAIN_MV]);
    expect(lines.electrical[0]![1]).toBeCloseTo((-F * 0.15) / 1000, 9);
    expect(lines.electrical[1]![1]).toBeCloseTo((F * 0.15) / 1000, 9);
    expect(lines.chemical.map(([, g]) => g)).toEqual([chemical / 1000, chemical / 1000]);
    expect(lines.extent).toBeCloseTo((F * 0.15 + chemical) / 1000, 9);
  });

  test('draws the total through zero at E and with twice the slope for z = +2', () => {
    const chemical = R * BODY * Math.log(0.0001 / 2); // Ca²⁺ 0.1 µM in, 2 mM out
    const { total, electrical } = energyLines(2, chemical, BODY);
    const [[v0, g0], [v1, g1]] = total as [[number, number], [number, number]];
    const crossing = v0 - (g0 * (v1 - v0)) / (g1 - g0);
    expect(crossing).toBeCloseTo(((R * BODY) / (2 * F)) * Math.log(2 / 0.0001) * 1000, 6);
    expect(electrical[1]![1]).toBeCloseTo((2 * F * 0.15) / 1000, 9);
  });
});
