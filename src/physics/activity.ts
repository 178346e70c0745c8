import { AVOGADRO, BOLTZMANN, ELEMENTARY_CHARGE, VACUUM_PERMITTIVITY } from './constants';
import { PhysicsRangeError } from './PhysicsRangeError';
import { finite, finiteResult, nonEmpty, nonNegative, positive } from './validate';

/** Debye–Hückel A for water at 25 °C, in (mol/L)^-½ (log10 form). */
export const DEBYE_HUCKEL_A = 0.509;
/** Debye–Hückel B for water at 25 °C, in Å⁻¹·(mol/L)^-½. */
export const DEBYE_HUCKEL_B = 0.328;
/** Default ion size for the extended law, in m (4.5 Å, a mid-range Kielland value). */
export const DEFAULT_ION_SIZE = 4.5e-10;

export type ActivityModel = 'limiting' | 'extended' | 'davies';

/**
 * Ionic strength I = ½ Σ c_i z_i², in mM when c is in mM (150 mM NaCl → 150;
 * 100 mM CaCl₂ → 300).
 */
export function ionicStrength(species: readonly { z: number; concentration: number }[]): number {
  const fn = 'ionicStrength';
  let sum = 0;
  nonEmpty(fn, 'species', species).forEach((s, i) => {
    finite(fn, `species[${i}].z (valence)`, s?.z);
    if (!Number.isInteger(s.z)) {
      throw new PhysicsRangeError(fn, `species[${i}].z (valence)`, 'an integer', s.z);
    }
    sum += nonNegative(fn, `species[${i}].concentration`, s.concentration, 'mM') * s.z * s.z;
  });
  return finiteResult(fn, 'concentrations', 0.5 * sum);
}

/**
 * The activity coefficient γ of an ion of valence z at ionic strength I (mM), with I′ the
 * same ionic strength in mol/L:
 *
 *   limiting:  log10 γ = −A z² √I′
 *   extended:  log10 γ = −A z² √I′ / (1 + B a √I′)          (a = ion size in Å)
 *   davies:    log10 γ = −A z² ( √I′/(1 + √I′) − 0.3 I′ )
 *
 * The limiting law holds below about 1 mM, the extended law to about 100 mM, Davies to
 * about 500 mM. A and B default to water at 25 °C; z = 0 gives γ = 1.
 */
export function activityCoefficient(
  z: number,
  ionicStrength: number,
  model: ActivityModel,
  options: { A?: number; B?: number; ionSize?: number } = {},
): number {
  const fn = 'activityCoefficient';
  finite(fn, 'z (valence)', z);
  if (!Number.isInteger(z)) throw new PhysicsRangeError(fn, 'z (valence)', 'an integer', z);
  nonNegative(fn, 'ionicStrength', ionicStrength, 'mM');
  const a = positive(fn, 'options.A', options.A ?? DEBYE_HUCKEL_A);
  if (z === 0) return 1;
  const strengthMolar = ionicStrength / 1000;
  const rootI = Math.sqrt(strengthMolar);
  let log10Gamma: number;
  switch (model) {
    case 'limiting':
      log10Gamma = -a * z * z * rootI;
      break;
    case 'extended': {
      const b = positive(fn, 'options.B', options.B ?? DEBYE_HUCKEL_B);
      const sizeAngstrom =
        positive(fn, 'options.ionSize', options.ionSize ?? DEFAULT_ION_SIZE, 'm') / 1e-10;
      log10Gamma = (-a * z * z * rootI) / (1 + b * sizeAngstrom * rootI);
      break;
    }
    case 'davies':
      log10Gamma = -a * z * z * (rootI / (1 + rootI) - 0.3 * strengthMolar);
      break;
    default:
      throw new PhysicsRangeError(fn, 'model', "'limiting', 'extended' or 'davies'", model);
  }
  return finiteResult(fn, 'ionicStrength', 10 ** log10Gamma);
}

/**
 * The Debye–Hückel constants from first principles, for water of relative permittivity ε_r
 * at temperature T:
 *
 *   B = √(2000·N_A·e² / (ε0·ε_r·k_B·T))            in m⁻¹·(mol/L)^-½, reported per Å
 *   A = e²·B / (8π·ε0·ε_r·k_B·T·ln 10)             in (mol/L)^-½
 *
 * 25 °C water (ε_r = 78.54) gives A = 0.5092, B = 0.3286 Å⁻¹(mol/L)^-½.
 */
export function debyeHuckelConstants(
  temperature: number,
  relativePermittivity: number,
): { A: number; B: number } {
  const fn = 'debyeHuckelConstants';
  positive(fn, 'temperature', temperature, 'K');
  positive(fn, 'relativePermittivity', relativePermittivity);
  const thermal = VACUUM_PERMITTIVITY * relativePermittivity * BOLTZMANN * temperature;
  const bPerMetre = Math.sqrt((2000 * AVOGADRO * ELEMENTARY_CHARGE ** 2) / thermal);
  const A = (ELEMENTARY_CHARGE ** 2 * bPerMetre) / (8 * Math.PI * thermal * Math.LN10);
  return {
    A: finiteResult(fn, 'temperature', A),
    B: finiteResult(fn, 'temperature', bPerMetre * 1e-10),
  };
}
