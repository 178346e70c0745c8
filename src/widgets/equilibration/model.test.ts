import { describe, expect, test } from 'vitest';
import { ION_PARAMS } from '../ionParams';
import { defaultState, withDisplayValues } from '../params';
import { equilibrationCurves, equilibrationOf, MEMBRANE } from './model';

const R = 8.31446261815324;
const F = 96485.33212331001;
const BODY = 310.15;
const P = 5e-9; // m/s, the reference neuron's P_K
const C = 0.01; // F/m²

// K⁺ 140 mM in, 4 mM out, 37 °C: the default state.
const CIN = 140;
const COUT = 4;
/** The one-way flux at E, both ways: P·c_in·c_out·ln(c_in/c_out)/(c_in − c_out), mol/(m²·s). */
const ONE_WAY_AT_E = (P * CIN * COUT * Math.log(CIN / COUT)) / (CIN - COUT);

const withIon = (values: Record<string, number | string>) =>
  withDisplayValues(ION_PARAMS, defaultState(ION_PARAMS), values);

describe('the equilibration widget’s model', () => {
  const result = equilibrationOf(defaultState(ION_PARAMS));
  const curves = equilibrationCurves(result);

  test('charges the reference neuron’s membrane: 1 µF/cm² and P_K = 5 × 10⁻⁹ m/s, a 10 µm cell', () => {
    expect(MEMBRANE).toEqual({ specificCapacitance: C, radius: 10e-6, permeability: P });
  });

  test('starts with net flux P·(c_in − c_out) = 0.68 µmol/(m²·s), efflux P·c_in and influx P·c_out', () => {
    expect(curves.net[0]).toEqual([0, expect.closeTo(P * (CIN - COUT) * 1e6, 12)]);
    expect(curves.net[0]![1]).toBeCloseTo(0.68, 9);
    expect(curves.efflux[0]![1]).toBeCloseTo(P * CIN * 1e6, 12);
    expect(curves.influx[0]![1]).toBeCloseTo(-P * COUT * 1e6, 12);
    expect(curves.fluxExtent).toBeCloseTo(P * CIN * 1e6, 12);
  });

  test('ends with both one-way fluxes at P·c_in·c_out·ln(c_in/c_out)/(c_in − c_out)', () => {
    const [efflux, influx] = [curves.efflux.at(-1)![1], curves.influx.at(-1)![1]];
    expect(efflux / (ONE_WAY_AT_E * 1e6)).toBeCloseTo(1, 2);
    expect(-influx / (ONE_WAY_AT_E * 1e6)).toBeCloseTo(1, 2);
  });

  test('runs for eight time constants τ = C·RT/(z²F²·one-way flux at E) = 37.8 ms', () => {
    const tau = (C * R * BODY) / (F * F * ONE_WAY_AT_E);
    expect(result.tau).toBeCloseTo(tau, 12);
    expect(result.tau * 1000).toBeCloseTo(37.8, 1);
    expect(curves.end).toBeCloseTo(8 * tau * 1000, 9);
    expect(curves.voltage.at(-1)![0]).toBe(curves.end);
  });

  test('draws V_m in mV from 0 to within 1 % of E = (RT/F)·ln(4/140)', () => {
    const eMv = ((R * BODY) / F) * Math.log(COUT / CIN) * 1000;
    expect(curves.voltage[0]).toEqual([0, 0]);
    expect(Math.abs(curves.voltage.at(-1)![1] - eMv)).toBeLessThan(0.01 * Math.abs(eMv));
  });

  test('gives the V_m axis 15 % room beyond E and a tenth of that past 0, on either side', () => {
    const eKMv = ((R * BODY) / F) * Math.log(COUT / CIN) * 1000;
    const [lo, hi] = curves.voltageDomain;
    expect(lo).toBeCloseTo(1.15 * eKMv, 9);
    expect(hi).toBeCloseTo(-0.115 * eKMv, 9);
    const na = equilibrationCurves(equilibrationOf(withIon({ ion: 'Na', cin: 12, cout: 145 })));
    const eNaMv = ((R * BODY) / F) * Math.log(145 / 12) * 1000;
    expect(na.voltageDomain[0]).toBeCloseTo(-0.115 * eNaMv, 9);
    expect(na.voltageDomain[1]).toBeCloseTo(1.15 * eNaMv, 9);
  });

  test('keeps at least ±1 mV of axis when E is 0 (equal concentrations)', () => {
    const even = equilibrationCurves(equilibrationOf(withIon({ cin: 10, cout: 10 })));
    expect(even.voltageDomain[0]).toBeCloseTo(-1.15, 12);
    expect(even.voltageDomain[1]).toBeCloseTo(0.115, 12);
  });
});

describe('the equilibration widget where fixed concentrations fail: Ca²⁺ at 100 nM inside', () => {
  const calcium = equilibrationOf(withIon({ ion: 'Ca', z: 2, cin: 0.0001, cout: 2 }));
  // By hand, in SI (mol/m³ = mM): charging to V moves C·4πr²·V/(2F) mol into a cell of
  // 4/3·πr³, raising [Ca²⁺]in by 3·C·V/(r·2F) = 0.01555·V mol/m³ (V in volts).
  const RISE_PER_VOLT = (3 * C) / (10e-6 * 2 * F);
  const eCa = ((R * BODY) / (2 * F)) * Math.log(2 / 0.0001);

  test('charging to E_Ca = +132.3 mV would take 20.6 times the Ca²⁺ inside, so the picture breaks', () => {
    expect(calcium.e).toBeCloseTo(eCa, 12);
    expect(calcium.cell.fraction).toBeCloseTo((RISE_PER_VOLT * eCa) / 0.0001, 9);
    expect(calcium.cell.fraction).toBeCloseTo(20.6, 1);
    expect(calcium.concentrationsHold).toBe(false);
  });

  test('unbuffered, [Ca²⁺]in rises to 1.58 µM and V_m stops at +95.4 mV, where V = (RT/2F)·ln(2/c_in(V))', () => {
    const { voltage, inside } = calcium.unbuffered;
    expect(inside).toBeCloseTo(0.0001 + RISE_PER_VOLT * voltage, 15);
    expect(voltage).toBeCloseTo(((R * BODY) / (2 * F)) * Math.log(2 / inside), 12);
    expect(voltage * 1000).toBeCloseTo(95.4, 1);
    expect(inside * 1000).toBeCloseTo(1.58, 2);
  });

  test('the neuron’s K⁺, Na⁺ and Cl⁻ need so few ions that E moves by under 0.05 mV: the picture holds', () => {
    for (const values of [
      { ion: 'K', z: 1, cin: 140, cout: 4 },
      { ion: 'Na', z: 1, cin: 12, cout: 145 },
      { ion: 'Cl', z: -1, cin: 7, cout: 120 },
    ]) {
      const { e, unbuffered, concentrationsHold } = equilibrationOf(withIon(values));
      expect(Math.abs(unbuffered.voltage - e)).toBeLessThan(0.05e-3);
      expect(concentrationsHold).toBe(true);
    }
  });
});
