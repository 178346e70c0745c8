import { FARADAY, GAS_CONSTANT, VACUUM_PERMITTIVITY } from './constants';
import { finiteResult, positive } from './validate';

/**
 * The Debye screening length, in m:
 *
 *   λ_D = √( ε0·ε_r·R·T / (2·F²·I) ),   I in mol/m³ (= mM)
 *
 * About 0.78 nm for 150 mM at 37 °C in water. Ionic strength 0 (no screening) is rejected
 * rather than returning an infinite length.
 */
export function debyeLength(
  ionicStrength: number,
  temperature: number,
  relativePermittivity: number,
): number {
  const fn = 'debyeLength';
  positive(fn, 'ionicStrength', ionicStrength, 'mM');
  positive(fn, 'temperature', temperature, 'K');
  positive(fn, 'relativePermittivity', relativePermittivity);
  const lambda = Math.sqrt(
    (VACUUM_PERMITTIVITY * relativePermittivity * GAS_CONSTANT * temperature) /
      (2 * FARADAY * FARADAY * ionicStrength),
  );
  return finiteResult(fn, 'ionicStrength, temperature and relativePermittivity', lambda);
}
