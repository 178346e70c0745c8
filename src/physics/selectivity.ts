import { GAS_CONSTANT } from './constants';
import { finiteResult, positive } from './validate';

/**
 * A TEACHING MODEL of the K⁺ channel's selectivity filter, not a simulation. An ion leaves
 * water (paying its hydration free energy back) and is coordinated instead by the carbonyl
 * oxygens of a cage of cavity radius R. Coordination is an ion–dipole attraction ∝ 1/d²,
 * d being the ion–oxygen distance. A cage cannot shrink all the way onto an ion smaller
 * than its cavity: it closes a fraction φ of the gap, so
 *
 *   d = r_O + R − φ·(R − r)   for r < R,      d = r_O + r   for r ≥ R,
 *   G_coord = −C / d²,        ΔG_transfer = G_coord − G_hydration,
 *
 * with C set so that the cage replaces water exactly for K⁺ in a cage that fits it
 * (ΔG_K = 0 at R = r_K), and φ set so that the model gives P_K/P_Na = 1000 in that cage at
 * 37 °C, the measured order of magnitude for KcsA: two numbers fitted to two facts. The
 * other numbers it gives are illustrations, not predictions. Hydration free energies:
 * Marcus (1991); Pauling radii (K⁺ 0.133 nm, Na⁺ 0.095 nm); carbonyl oxygen 0.14 nm.
 */
export const SELECTIVITY_IONS = {
  Li: { label: 'Li⁺', radius: 0.06e-9, hydrationEnergy: -475e3 },
  Na: { label: 'Na⁺', radius: 0.095e-9, hydrationEnergy: -365e3 },
  K: { label: 'K⁺', radius: 0.133e-9, hydrationEnergy: -295e3 },
  Rb: { label: 'Rb⁺', radius: 0.148e-9, hydrationEnergy: -275e3 },
  Cs: { label: 'Cs⁺', radius: 0.169e-9, hydrationEnergy: -250e3 },
} as const;

export type SelectivityIon = keyof typeof SELECTIVITY_IONS;

/** Carbonyl oxygen radius, m. */
const OXYGEN_RADIUS = 0.14e-9;
const K = SELECTIVITY_IONS.K;
const NA = SELECTIVITY_IONS.Na;
/** C in G = −C/d², J·m²/mol, from ΔG_K = 0 in a cage that fits K⁺. */
const COORDINATION_CONSTANT = -K.hydrationEnergy * (K.radius + OXYGEN_RADIUS) ** 2;
/** The calibration: P_K/P_Na in the K⁺-sized cage at 37 °C. */
export const CALIBRATION = { ratio: 1000, temperature: 310.15 } as const;
/**
 * Fraction of the gap a cage closes around an ion smaller than its cavity, from the
 * calibration: ΔG_Na = RT·ln 1000 ⇒ G_coord(Na) = ΔG_Na + G_hyd(Na) ⇒ d_Na = √(C/−G_coord)
 * ⇒ φ = (r_O + r_K − d_Na)/(r_K − r_Na). It comes out near 0.6.
 */
export const CAGE_FLEXIBILITY = (() => {
  const deltaNa = GAS_CONSTANT * CALIBRATION.temperature * Math.log(CALIBRATION.ratio);
  const distance = Math.sqrt(COORDINATION_CONSTANT / -(deltaNa + NA.hydrationEnergy));
  return (OXYGEN_RADIUS + K.radius - distance) / (K.radius - NA.radius);
})();

export type FilterEnergies = {
  /** the free energy given up by leaving water, J/mol (> 0) */
  dehydrationCost: number;
  /** the cage's coordination free energy, J/mol (< 0) */
  coordinationEnergy: number;
  /** ΔG of moving from water into the filter, J/mol */
  transferEnergy: number;
};

/** The teaching model's energies for an ion in a cage of cavity radius `cavity` (m). */
export function filterEnergies(ion: SelectivityIon, cavity: number): FilterEnergies {
  const fn = 'filterEnergies';
  const data = SELECTIVITY_IONS[ion];
  if (!data) positive(fn, 'ion (Li, Na, K, Rb or Cs)', Number.NaN);
  positive(fn, 'cavity', cavity, 'm');
  const r = data.radius;
  const distance =
    r < cavity ? OXYGEN_RADIUS + cavity - CAGE_FLEXIBILITY * (cavity - r) : OXYGEN_RADIUS + r;
  const coordinationEnergy = -COORDINATION_CONSTANT / distance ** 2;
  const dehydrationCost = -data.hydrationEnergy;
  return {
    dehydrationCost,
    coordinationEnergy: finiteResult(fn, 'cavity', coordinationEnergy),
    transferEnergy: coordinationEnergy + dehydrationCost,
  };
}

/**
 * The permeability ratio P_a/P_b from the difference of transfer energies, by the
 * Boltzmann factor exp((ΔG_b − ΔG_a)/RT).
 */
export function selectivityRatio(
  transferA: number,
  transferB: number,
  temperature: number,
): number {
  const fn = 'selectivityRatio';
  positive(fn, 'temperature', temperature, 'K');
  return finiteResult(
    fn,
    'transfer energies',
    Math.exp((transferB - transferA) / (GAS_CONSTANT * temperature)),
  );
}
