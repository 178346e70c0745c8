import { describe, expect, test } from 'vitest';
import {
  advanceCell,
  cellReadout,
  cellVoltage,
  FARADAY,
  ghkCurrentDensity,
  mullinsNodaPotential,
  nernstPotential,
  restingCell,
  type CellIonName,
  type PumpLeakCellParameters,
  type PumpLeakCellState,
} from './index';

const IONS: CellIonName[] = ['K', 'Na', 'Cl'];
const MINUTE = 60;

function run(
  parameters: PumpLeakCellParameters,
  state: PumpLeakCellState,
  seconds: number,
  maxSubstep?: number,
) {
  return advanceCell(parameters, state, seconds, maxSubstep);
}

function amount(p: PumpLeakCellParameters, s: PumpLeakCellState, ion: CellIonName) {
  const cellVolume = (4 / 3) * Math.PI * p.radius ** 3;
  return s.inside[ion] * cellVolume + s.outside[ion] * p.bathVolume;
}

describe('restingCell', () => {
  const { parameters, state } = restingCell();

  test('starts at the Mullins–Noda potential of its K⁺ and Na⁺ leaks', () => {
    const expected = mullinsNodaPotential(
      {
        K: { ...pick(state, 'K'), permeability: parameters.permeability.K },
        Na: { ...pick(state, 'Na'), permeability: parameters.permeability.Na },
        pumpRatio: 1.5,
      },
      parameters.temperature,
    );
    expect(cellVoltage(parameters, state)).toBeCloseTo(expected, 12);
  });

  test('puts Cl⁻ at equilibrium: E_Cl equals V_m', () => {
    const eCl = nernstPotential({ z: -1, ...pick(state, 'Cl') }, parameters.temperature);
    expect(eCl).toBeCloseTo(cellVoltage(parameters, state), 12);
  });

  test('balances every leak with its pumped flux, 3 Na⁺ out for 2 K⁺ in', () => {
    const r = cellReadout(parameters, state);
    // V_m is recovered from a net charge about 1e-5 of the concentrations, so it carries
    // ~1e-11 relative rounding; the imbalance is measured against the largest flux.
    const scale = Math.max(...IONS.map((ion) => Math.abs(r.leakFlux[ion])));
    for (const ion of IONS) {
      expect(Math.abs(r.leakFlux[ion] + r.pumpFlux[ion]) / scale).toBeLessThan(1e-9);
    }
    expect(r.pumpFlux.Na / -r.pumpFlux.K).toBeCloseTo(1.5, 12);
  });

  test('reports leak currents equal to ghkCurrentDensity times the membrane area', () => {
    const r = cellReadout(parameters, state);
    const area = 4 * Math.PI * parameters.radius ** 2;
    const density = ghkCurrentDensity(
      { z: 1, ...pick(state, 'Na'), permeability: parameters.permeability.Na },
      r.voltage,
      parameters.temperature,
    );
    expect(r.leakCurrent.Na).toBeCloseTo(density * area, 20);
    expect(r.leakCurrent.Na).toBeLessThan(0); // Na⁺ leaks in: inward current
    expect(r.leakCurrent.K).toBeGreaterThan(0); // K⁺ leaks out
  });

  test('gives a pump current of a few pA that hyperpolarises', () => {
    const r = cellReadout(parameters, state);
    expect(r.pumpCurrent).toBeGreaterThan(1e-12);
    expect(r.pumpCurrent).toBeLessThan(20e-12);
    expect(r.pumpCyclesPerSecond).toBeCloseTo((r.pumpCurrent / FARADAY) * 6.02214076e23, -3);
  });

  test('rejects a negative radius with a RangeError naming it', () => {
    expect(() => restingCell({ radius: -1e-6 })).toThrow(/restingCell: options\.radius/);
    expect(() => restingCell({ radius: -1e-6 })).toThrow(RangeError);
  });
});

describe('advanceCell', () => {
  const { parameters, state } = restingCell();

  test('keeps a cell at its steady state there for a simulated hour (within 0.1 %)', () => {
    const later = run(parameters, state, 60 * MINUTE);
    for (const ion of IONS) {
      expect(Math.abs(later.inside[ion] / state.inside[ion] - 1)).toBeLessThan(1e-3);
    }
    expect(later.time).toBe(3600);
  });

  test('with the pump blocked, raises [Na⁺]i, lowers [K⁺]i and depolarises over minutes', () => {
    const blocked = { ...state, pumpActivity: 0 };
    const samples = [1, 5, 10, 20].map((m) => run(parameters, blocked, m * MINUTE));
    const v0 = cellVoltage(parameters, state);
    let previous = state;
    for (const s of samples) {
      expect(s.inside.Na).toBeGreaterThan(previous.inside.Na);
      expect(s.inside.K).toBeLessThan(previous.inside.K);
      expect(cellVoltage(parameters, s)).toBeGreaterThan(cellVoltage(parameters, previous));
      previous = s;
    }
    const after20 = samples[3]!;
    expect(after20.inside.Na).toBeGreaterThan(2 * state.inside.Na);
    expect(cellVoltage(parameters, after20) - v0).toBeGreaterThan(0.005);
  });

  test('recovers the resting state after the pump is restored', () => {
    const blocked = run(parameters, { ...state, pumpActivity: 0 }, 10 * MINUTE);
    const restored = run(parameters, { ...blocked, pumpActivity: 1 }, 120 * MINUTE);
    expect(restored.inside.Na).toBeCloseTo(state.inside.Na, 1);
    expect(restored.inside.K).toBeCloseTo(state.inside.K, 1);
    expect(cellVoltage(parameters, restored)).toBeCloseTo(cellVoltage(parameters, state), 3);
  });

  test('conserves each ion between cell and bath to 1e-9 relative over a 30-minute run-down', () => {
    const later = run(parameters, { ...state, pumpActivity: 0 }, 30 * MINUTE);
    for (const ion of IONS) {
      const before = amount(parameters, state, ion);
      expect(Math.abs(amount(parameters, later, ion) / before - 1)).toBeLessThan(1e-9);
    }
    expect(later.inside.Na).not.toBeCloseTo(state.inside.Na, 0); // something did move
  });

  test('changes a 10-minute run-down by less than 0.1 % when the substep is halved', () => {
    const blocked = { ...state, pumpActivity: 0 };
    const coarse = run(parameters, blocked, 10 * MINUTE, 0.01);
    const fine = run(parameters, blocked, 10 * MINUTE, 0.005);
    for (const ion of IONS) {
      expect(Math.abs(coarse.inside[ion] / fine.inside[ion] - 1)).toBeLessThan(1e-3);
    }
    const vc = cellVoltage(parameters, coarse);
    const vf = cellVoltage(parameters, fine);
    expect(Math.abs(vc / vf - 1)).toBeLessThan(1e-3);
  });

  test('gives the same state whatever the frame rate that drives it', () => {
    const blocked = { ...state, pumpActivity: 0 };
    let at60fps = blocked;
    for (let i = 0; i < 600; i++) at60fps = run(parameters, at60fps, 1 / 60);
    const inOneCall = run(parameters, blocked, 10);
    expect(at60fps.inside.Na).toBeCloseTo(inOneCall.inside.Na, 6);
    expect(at60fps.time).toBeCloseTo(10, 9);
  });

  test('keeps V_m equal to the charge in the cell over the membrane capacitance', () => {
    const later = run(parameters, { ...state, pumpActivity: 0 }, 5 * MINUTE);
    const volume = (4 / 3) * Math.PI * parameters.radius ** 3;
    const area = 4 * Math.PI * parameters.radius ** 2;
    const { inside } = later;
    const charge = FARADAY * volume * (inside.K + inside.Na - inside.Cl - later.impermeant);
    expect(parameters.specificCapacitance * area * cellVoltage(parameters, later)).toBeCloseTo(
      charge,
      20,
    );
  });

  test('moves V_m by the net membrane current over the capacitance, C·dV/dt = −I', () => {
    const blocked = { ...state, pumpActivity: 0 };
    const r = cellReadout(parameters, blocked);
    const dt = 1e-5;
    const next = run(parameters, blocked, dt, dt);
    const area = 4 * Math.PI * parameters.radius ** 2;
    const totalCurrent = r.leakCurrent.K + r.leakCurrent.Na + r.leakCurrent.Cl + r.pumpCurrent;
    const expectedDv = (-totalCurrent * dt) / (parameters.specificCapacitance * area);
    const dv = cellVoltage(parameters, next) - r.voltage;
    expect(Math.abs(dv / expectedDv - 1)).toBeLessThan(0.01);
  });

  test('returns a new state and leaves the one passed in unchanged', () => {
    const copy = structuredClone(state);
    run(parameters, { ...state, pumpActivity: 0 }, MINUTE);
    expect(state).toEqual(copy);
  });

  test('rejects a negative dt, a NaN dt and a pump activity outside [0, 1]', () => {
    expect(() => run(parameters, state, -1)).toThrow(/advanceCell: dt/);
    expect(() => run(parameters, state, Number.NaN)).toThrow(RangeError);
    expect(() => run(parameters, { ...state, pumpActivity: 2 }, 1)).toThrow(/pumpActivity/);
  });
});

function pick(s: PumpLeakCellState, ion: CellIonName) {
  return { inside: s.inside[ion], outside: s.outside[ion] };
}
