import { describe, expect, test } from 'vitest';
import {
  chargingTimeConstant,
  equilibrationCurve,
  FARADAY,
  ghkCurrentDensity,
  ghkOneWayFluxes,
  nernstPotential,
} from './index';

const T = 310.15;
const K = { z: 1, inside: 140, outside: 4, permeability: 1e-8 };
const C = 0.01;

describe('equilibrationCurve', () => {
  const tau = chargingTimeConstant(K, T, C);
  const curve = equilibrationCurve(K, T, C, 12 * tau);
  const eK = nernstPotential(K, T);

  test('starts uncharged and ends at the Nernst potential', () => {
    expect(curve[0]!.voltage).toBe(0);
    expect(curve[0]!.time).toBe(0);
    expect(Math.abs(curve.at(-1)!.voltage / eK - 1)).toBeLessThan(1e-3);
  });

  test('moves V monotonically toward E while the net flux falls toward zero', () => {
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]!.voltage).toBeLessThanOrEqual(curve[i - 1]!.voltage);
      expect(Math.abs(curve[i]!.netFlux)).toBeLessThanOrEqual(Math.abs(curve[i - 1]!.netFlux));
    }
    expect(Math.abs(curve.at(-1)!.netFlux)).toBeLessThan(1e-3 * Math.abs(curve[0]!.netFlux));
  });

  test('reports the net flux as the GHK current over zF', () => {
    const sample = curve[10]!;
    expect(sample.netFlux).toBeCloseTo(ghkCurrentDensity(K, sample.voltage, T) / FARADAY, 15);
  });

  test('keeps the charge moved equal to C·V', () => {
    for (const sample of curve) expect(sample.chargeMoved).toBe(C * sample.voltage);
  });

  test('matches a fine explicit integration of C·dV/dt = −I(V) to 0.5 %', () => {
    let v = 0;
    const h = tau / 2000;
    for (let t = 0; t < 2 * tau; t += h) v -= (ghkCurrentDensity(K, v, T) * h) / C;
    const at2tau = equilibrationCurve(K, T, C, 2 * tau, 1, 8000).at(-1)!.voltage;
    expect(Math.abs(at2tau / v - 1)).toBeLessThan(5e-3);
  });
});

describe('ghkOneWayFluxes', () => {
  test('gives equal one-way fluxes at the Nernst potential', () => {
    const { efflux, influx } = ghkOneWayFluxes(K, nernstPotential(K, T), T);
    expect(efflux).toBeGreaterThan(0);
    expect(Math.abs(efflux / influx - 1)).toBeLessThan(1e-12);
  });

  test('differ by the net current over zF anywhere else', () => {
    const v = -0.03;
    const { efflux, influx } = ghkOneWayFluxes(K, v, T);
    expect((efflux - influx) * FARADAY).toBeCloseTo(ghkCurrentDensity(K, v, T), 12);
  });

  test('rejects a negative concentration naming it', () => {
    expect(() => ghkOneWayFluxes({ ...K, inside: -1 }, 0, T)).toThrow(
      /ghkOneWayFluxes: ion\.inside/,
    );
  });
});
