import { PhysicsRangeError } from './PhysicsRangeError';
import { finiteResult, nonNegative, positive } from './validate';

/**
 * The potential at distance x from a charged membrane in an electrolyte, as a fraction of
 * its value at the surface, by the linearised Poisson–Boltzmann (Debye–Hückel) equation:
 *
 *   ψ(x)/ψ₀ = exp(−x/λ_D)
 *
 * The counter-ion excess follows the same exponential. Distance and λ_D in m (any one
 * length unit for both gives the same fraction).
 */
export function screenedPotential(distance: number, debyeLength: number): number {
  const fn = 'screenedPotential';
  nonNegative(fn, 'distance', distance, 'm');
  positive(fn, 'debyeLength', debyeLength, 'm');
  return Math.exp(-distance / debyeLength);
}

/**
 * The distance at which the screened potential has fallen to `fraction` of its surface
 * value, the inverse of screenedPotential:
 *
 *   x = λ_D·ln(1/fraction)        (1 % at 4.6 λ_D, 37 % = 1/e at λ_D)
 */
export function screeningDistance(fraction: number, debyeLength: number): number {
  const fn = 'screeningDistance';
  positive(fn, 'fraction', fraction);
  if (fraction > 1) throw new PhysicsRangeError(fn, 'fraction', 'at most 1', fraction);
  positive(fn, 'debyeLength', debyeLength, 'm');
  return finiteResult(fn, 'fraction and debyeLength', debyeLength * Math.log(1 / fraction));
}
