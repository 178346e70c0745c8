import { bernoulli, bernoulliDerivative } from './bernoulli';
import { FARADAY, GAS_CONSTANT } from './constants';
import { checkPermeantIons, type PermeantIon } from './ion';
import { ghkLogRatio } from './ghkLogRatio';
import { thermalVoltage } from './thermal';
import { PhysicsRangeError } from './PhysicsRangeError';
import {
  finite,
  finiteResult,
  MAX_VALENCE,
  nonEmpty,
  nonNegative,
  positive,
  valence,
} from './validate';

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
  const lnRatio = ghkLogRatio(permeant, (ion) => ion.permeability);
  finiteResult(fn, 'ions (permeabilities and concentrations, too far apart)', lnRatio);
  return finiteResult(fn, 'temperature', thermalVoltage(temperature) * lnRatio);
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
  const { z, permeability, inside, outside } = ion ?? ({} as PermeantIon);
  // One combined test on the hot path (I–V curves sample it thousands of times per frame);
  // NaN fails every comparison, so anything amiss goes to the detailed checks, which throw.
  const valid =
    Number.isInteger(z) &&
    z !== 0 &&
    Math.abs(z) <= MAX_VALENCE &&
    permeability >= 0 &&
    permeability < Infinity &&
    inside >= 0 &&
    inside < Infinity &&
    outside >= 0 &&
    outside < Infinity &&
    Number.isFinite(voltage) &&
    temperature > 0 &&
    temperature < Infinity;
  if (!valid) rejectGhkCurrentInput(ion, voltage, temperature);
  const x = (z * voltage * FARADAY) / (GAS_CONSTANT * temperature);
  const current = ghkCurrentAt(permeability, z, inside, outside, x);
  if (!Number.isFinite(current)) {
    finiteResult(
      'ghkCurrentDensity',
      'permeability × concentration × voltage / temperature',
      current,
    );
  }
  return current;
}

function rejectGhkCurrentInput(ion: PermeantIon, voltage: number, temperature: number): never {
  checkGhkInput('ghkCurrentDensity', ion, voltage, temperature);
  throw new Error('unreachable: the fast check and the detailed checks disagree');
}

/** Checks the inputs of a GHK current: one ion (either concentration may be 0), V and T. */
function checkGhkInput(fn: string, ion: PermeantIon, voltage: number, temperature: number): void {
  valence(fn, 'ion.z (valence)', ion?.z);
  nonNegative(fn, 'ion.permeability', ion.permeability, 'm/s');
  nonNegative(fn, 'ion.inside (inside concentration)', ion.inside, 'mM');
  nonNegative(fn, 'ion.outside (outside concentration)', ion.outside, 'mM');
  finite(fn, 'voltage', voltage, 'V');
  positive(fn, 'temperature', temperature, 'K');
}

/**
 * The unchecked kernel of ghkCurrentDensity for callers that validated their inputs once
 * (the reversal solver, the cell model, curve sampling): x = zFV/RT is given. It allocates
 * nothing: ε(|x|) and ε(−|x|) = ε(|x|) + |x| are assigned to ε(x) and ε(−x) by sign.
 */
export function ghkCurrentAt(p: number, z: number, cIn: number, cOut: number, x: number): number {
  const a = Math.abs(x);
  const small = bernoulli(a);
  const large = small + a;
  const flux = x >= 0 ? cIn * large - cOut * small : cIn * small - cOut * large;
  return p * z * FARADAY * flux;
}

/** A running sum of GHK current densities (A/m²) and their slope conductances (S/m²). */
export type CurrentAndSlope = { current: number; slope: number };

/**
 * Adds one ion's GHK current density and slope conductance dI/dV at x = zFV/RT to `sum`,
 * unchecked, for Newton steps and implicit time steps (it allocates nothing):
 *
 *   dI/dV = P·z²·F/vt · ( c_in·(ε′(x) + 1) − c_out·ε′(x) ),   vt = RT/F,
 *
 * using d ε(−x)/dx = ε′(x) + 1. The slope is positive whenever P > 0. Returns the ion's
 * own current density.
 */
export function addGhkCurrentAndSlope(
  sum: CurrentAndSlope,
  p: number,
  z: number,
  cIn: number,
  cOut: number,
  x: number,
  vt: number,
): number {
  const a = Math.abs(x);
  const small = bernoulli(a);
  const large = small + a;
  const atX = x >= 0 ? small : large;
  const atMinusX = x >= 0 ? large : small;
  const d = bernoulliDerivative(x, atX, atMinusX);
  const current = p * z * FARADAY * (cIn * atMinusX - cOut * atX);
  sum.current += current;
  sum.slope += ((p * z * z * FARADAY) / vt) * (cIn * (d + 1) - cOut * d);
  return current;
}

/**
 * The two one-way fluxes of the GHK current, in mol/(m²·s), both ≥ 0:
 *
 *   efflux = P·c_in·ε(−x),   influx = P·c_out·ε(x),   x = zFV/RT,
 *
 * so that I = z·F·(efflux − influx). At the Nernst potential they are equal and large:
 * equilibrium is a balance of traffic, not its absence.
 */
export function ghkOneWayFluxes(
  ion: PermeantIon,
  voltage: number,
  temperature: number,
): { efflux: number; influx: number } {
  const fn = 'ghkOneWayFluxes';
  checkGhkInput(fn, ion, voltage, temperature);
  const { z, permeability: p, inside: cIn, outside: cOut } = ion;
  const x = finiteResult(fn, 'voltage / temperature', (z * voltage) / thermalVoltage(temperature));
  const a = Math.abs(x);
  const small = bernoulli(a);
  const large = small + a;
  return {
    efflux: finiteResult(fn, 'ion', p * cIn * (x >= 0 ? large : small)),
    influx: finiteResult(fn, 'ion', p * cOut * (x >= 0 ? small : large)),
  };
}
