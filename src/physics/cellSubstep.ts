import { FARADAY } from './constants';
import type { PumpLeakCellParameters, PumpLeakCellState } from './cell';
import { CELL_IONS, CELL_VALENCE } from './cellIons';
import { pumpCycleFlux } from './cellPump';
import { cellVoltage } from './cellVoltage';
import { addGhkCurrentAndSlope, type CurrentAndSlope } from './ghk';
import { thermalVoltage } from './thermal';

/**
 * One substep of length h of the pump–leak cell (cell.ts), in place. It treats V_m
 * linearly implicitly (the membrane relaxes in milliseconds, the concentrations in
 * minutes):
 *
 *   ΔV = −I_total·h / (C_m + G·h),   G = Σ dI_i/dV (GHK slope conductances),
 *
 * and moves each ion by its current evaluated at the new voltage, I_i + g_i·ΔV, plus its
 * pumped flux. That is stable for any substep and keeps charge and amounts exact.
 */
export function cellSubstep(p: PumpLeakCellParameters, s: PumpLeakCellState, h: number): void {
  const vt = thermalVoltage(p.temperature);
  const voltage = cellVoltage(p, s);
  const current = { K: 0, Na: 0, Cl: 0 };
  const slope = { K: 0, Na: 0, Cl: 0 };
  const sum: CurrentAndSlope = { current: 0, slope: 0 };
  for (const ion of CELL_IONS) {
    const z = CELL_VALENCE[ion];
    const slopeBefore = sum.slope;
    current[ion] = addGhkCurrentAndSlope(
      sum,
      p.permeability[ion],
      z,
      s.inside[ion],
      s.outside[ion],
      (z * voltage) / vt,
      vt,
    );
    slope[ion] = sum.slope - slopeBefore;
  }
  const cycles = pumpCycleFlux(p, s); // mol/(m²·s)
  const total = sum.current + FARADAY * cycles;
  const dV = (-total * h) / (p.specificCapacitance + sum.slope * h);
  // Outward flux per area of each ion, mol/(m²·s): leak at the new V plus pumped flux.
  const pumped = { K: -2 * cycles, Na: 3 * cycles, Cl: 0 };
  const areaPerCellVolume = 3 / p.radius;
  const area = 4 * Math.PI * p.radius ** 2;
  for (const ion of CELL_IONS) {
    const outward = (current[ion] + slope[ion] * dV) / (CELL_VALENCE[ion] * FARADAY) + pumped[ion];
    s.inside[ion] -= outward * areaPerCellVolume * h;
    s.outside[ion] += (outward * area * h) / p.bathVolume;
  }
}
