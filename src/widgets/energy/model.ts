import { chemicalFreeEnergy, electrochemicalFreeEnergy } from '../../physics';
import type { Curve } from '../../plot/sample';
import { gradientOf, nernstOf } from '../ionParams';
import { numberOf, type WidgetState } from '../params';

/** The V_m axis, mV: the membrane potential slider's range. */
export const VOLTAGE_DOMAIN_MV = [-150, 150] as const;

/** Below this |ΔG|, J/mol, the ion counts as at equilibrium: 1 J/mol is F × 10 µV for z = 1. */
const EQUILIBRIUM_TOLERANCE = 1;

/** What the energy widget shows for a state, in SI (J/mol, V, K). */
export type EnergyReadings = {
  z: number;
  temperature: number;
  /** V_m, V */
  voltage: number;
  /** the Nernst potential, where the total is zero, V */
  e: number;
  /** ΔG of moving one mole inward: RT·ln(c_in/c_out), zFV_m and their sum, J/mol */
  chemical: number;
  electrical: number;
  total: number;
  /** which way the ion tends to move: in (downhill) when the total is negative */
  tendency: 'none' | 'in' | 'out';
};

/** ΔG for moving one mole inward: chemical, electrical (zFV) and total, in J/mol. */
export function energiesOf(state: WidgetState): EnergyReadings {
  const ion = gradientOf(state);
  const temperature = numberOf(state, 'T');
  const voltage = numberOf(state, 'V');
  const chemical = chemicalFreeEnergy(ion, temperature);
  const total = electrochemicalFreeEnergy(ion, voltage, temperature);
  const tendency = Math.abs(total) < EQUILIBRIUM_TOLERANCE ? 'none' : total < 0 ? 'in' : 'out';
  return {
    z: ion.z,
    temperature,
    voltage,
    e: nernstOf(state),
    chemical,
    electrical: total - chemical,
    total,
    tendency,
  };
}

/** The three parts of ΔG (kJ/mol) against V_m (mV) across the V_m axis. */
export type EnergyLines = {
  chemical: Curve;
  electrical: Curve;
  total: Curve;
  /** half the ΔG axis, kJ/mol: room for the largest |electrical| + |chemical| */
  extent: number;
};

/**
 * ΔG(V) of valence z with chemical part `chemical` (J/mol) is a straight line in V: two
 * points draw each part. The electrical part alone is the ΔG of the same valence with equal
 * concentrations on both sides, zFV.
 */
export function energyLines(z: number, chemical: number, temperature: number): EnergyLines {
  const even = { z, inside: 1, outside: 1 };
  const chemicalKj = chemical / 1000;
  const ends = VOLTAGE_DOMAIN_MV.map((mv) => ({
    mv,
    electrical: electrochemicalFreeEnergy(even, mv / 1000, temperature) / 1000,
  }));
  return {
    chemical: ends.map(({ mv }) => [mv, chemicalKj] as const),
    electrical: ends.map(({ mv, electrical }) => [mv, electrical] as const),
    total: ends.map(({ mv, electrical }) => [mv, chemicalKj + electrical] as const),
    extent: Math.max(...ends.map((end) => Math.abs(end.electrical) + Math.abs(chemicalKj))),
  };
}
