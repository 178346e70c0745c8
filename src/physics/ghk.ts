import { bernoulliDerivative, bernoulliPair } from './bernoulli';
import { FARADAY } from './constants';
import { checkPermeantIons, type PermeantIon } from './ion';
import { logRatio } from './logRatio';
import { thermalVoltage } from './thermal';
import { PhysicsRangeError } from './PhysicsRangeError';
import { finite, finiteResult, nonEmpty, nonNegative, positive, valence } from './validate';

/**
 * The Goldman–Hodgkin–Katz voltage equation, in V, for monovalent ions:
 *
 *   V_m = (RT/F) · ln( (Σ_cations P·c_out + Σ_anions P·c_in)
 *                    / (Σ_cations P·c_in  + Σ_anions P·c_out) )
 *
 * Anions enter with inside and outside swapped. Only permeability ratios matter, so P may
 * be in m/s or relative to P_K. Divalent ions have no closed form: use reversalPotential.
 */
export function ghkVoltage(ions: readonly PermeantIon[], temperature: number): number {
  const fn = 'ghkVoltage';
  nonEmpty(fn, 'ions', ions).forEach((ion, i) => {
    if (ion?.z !== 1 && ion?.z !== -1) {
      const rule = '+1 or −1 in the GHK voltage equation (reversalPotential takes any valence)';
      throw new PhysicsRangeError(fn, `ions[${i}].z (valence)`, rule, ion?.z);
    }
  });
  const permeant = checkPermeantIons(fn, ions);
  positive(fn, 'temperature', temperature, 'K');
  let numerator = 0;
  let denominator = 0;
  for (const { z, inside, outside, permeability: p } of permeant) {
    numerator += p * (z > 0 ? outside : inside);
    denominator += p * (z > 0 ? inside : outside);
  }
  finiteResult(fn, 'permeabilities × concentrations', numerator + denominator);
  return finiteResult(
    fn,
    'temperature',
    thermalVoltage(temperature) * logRatio(numerator, denominator),
  );
}

/**
 * The GHK current density of one ion, in A/m², positive outward (V_m = V_in − V_out):
 *
 *   I = P·z·F·( c_in·ε(−x) − c_out·ε(x) ),   x = zFV/RT,   ε(u) = u/(eᵘ − 1)
 *
 * which is the textbook P·z²F²V/RT · (c_in − c_out·e⁻ˣ)/(1 − e⁻ˣ) written so that it is
 * exact at V = 0 (I = P·z·F·(c_in − c_out)) and cannot overflow at large |V|.
 * P in m/s and c in mM (= mol/m³). A zero concentration on one side is allowed.
 */
export function ghkCurrentDensity(ion: PermeantIon, voltage: number, temperature: number): number {
  const fn = 'ghkCurrentDensity';
  const z = valence(fn, 'ion.z (valence)', ion?.z);
  const p = nonNegative(fn, 'ion.permeability', ion.permeability, 'm/s');
  const cIn = nonNegative(fn, 'ion.inside (inside concentration)', ion.inside, 'mM');
  const cOut = nonNegative(fn, 'ion.outside (outside concentration)', ion.outside, 'mM');
  finite(fn, 'voltage', voltage, 'V');
  positive(fn, 'temperature', temperature, 'K');
  const x = finiteResult(fn, 'voltage / temperature', (z * voltage) / thermalVoltage(temperature));
  const current = ghkCurrentAt(p, z, cIn, cOut, x);
  return finiteResult(fn, 'permeability × concentration × voltage', current);
}

/**
 * The unchecked kernel of ghkCurrentDensity for callers that validated their inputs once
 * (the reversal solver, the cell model, curve sampling): x = zFV/RT is given.
 */
export function ghkCurrentAt(
  permeability: number,
  z: number,
  inside: number,
  outside: number,
  x: number,
): number {
  const eps = bernoulliPair(x);
  return permeability * z * FARADAY * (inside * eps.minus - outside * eps.plus);
}

/**
 * The GHK current density (A/m²) and its slope conductance dI/dV (S/m²) at x = zFV/RT,
 * for Newton steps and implicit time steps, unchecked:
 *
 *   dI/dV = P·z²·F/vt · ( c_in·(ε′(x) + 1) − c_out·ε′(x) ),   vt = RT/F,
 *
 * using d ε(−x)/dx = ε′(x) + 1. The slope is positive whenever P > 0.
 */
export function ghkCurrentAndSlopeAt(
  permeability: number,
  z: number,
  inside: number,
  outside: number,
  x: number,
  vt: number,
): { current: number; slope: number } {
  const eps = bernoulliPair(x);
  const d = bernoulliDerivative(x, eps);
  return {
    current: permeability * z * FARADAY * (inside * eps.minus - outside * eps.plus),
    slope: ((permeability * z * z * FARADAY) / vt) * (inside * (d + 1) - outside * d),
  };
}
