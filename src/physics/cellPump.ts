import { FARADAY } from './constants';
import type { PumpLeakCellParameters, PumpLeakCellState } from './cell';

// The Na⁺/K⁺ pump of the pump–leak cell (cell.ts): how fast it cycles.

/** Pump cycles per membrane area per second, mol/(m²·s). */
export function pumpCycleFlux(p: PumpLeakCellParameters, s: PumpLeakCellState): number {
  return (
    (s.pumpActivity * p.pump.maxCurrentDensity * pumpActivation(p.pump, s.inside.Na, s.outside.K)) /
    FARADAY
  );
}

/**
 * Fraction of the maximum pump rate (Luo & Rudy 1994):
 * 1/(1 + (K_Na/[Na]i)^n) · [K]o/([K]o + K_K).
 */
export function pumpActivation(
  pump: PumpLeakCellParameters['pump'],
  naInside: number,
  kOutside: number,
): number {
  const sodium = 1 / (1 + (pump.sodiumHalfActivation / naInside) ** pump.sodiumHill);
  const potassium = kOutside / (kOutside + pump.potassiumHalfActivation);
  return sodium * potassium;
}
