import { FARADAY } from './constants';
import { addGhkCurrentAndSlope, type CurrentAndSlope } from './ghk';
import type { PermeantIon } from './ion';
import { nernstPotential } from './nernst';
import { thermalVoltage } from './thermal';
import { finiteResult, nonNegative, positive } from './validate';

export type EquilibrationSample = {
  /** s */
  time: number;
  /** V_m = V_in − V_out, V */
  voltage: number;
  /** net outward flux, mol/(m²·s) */
  netFlux: number;
  /** charge moved across per area so far, C/m² (= C_m·V) */
  chargeMoved: number;
};

/**
 * A membrane permeable to one ion, starting uncharged (V = 0), charging toward the ion's
 * Nernst potential: C_m·dV/dt = −I_GHK(V). The concentrations are held fixed: the ions
 * needed to charge the membrane are a tiny fraction of those present (see
 * sphericalCellCharge), which is the chapter's point.
 *
 * Integrated with linearly implicit Euler steps (stable at any step) on `steps` equal
 * steps over `duration` seconds; returns `samples` + 1 evenly spaced samples.
 */
export function equilibrationCurve(
  ion: PermeantIon,
  temperature: number,
  specificCapacitance: number,
  duration: number,
  samples = 200,
  steps = 4000,
): EquilibrationSample[] {
  const fn = 'equilibrationCurve';
  nernstPotential(ion, temperature);
  positive(fn, 'ion.permeability', ion.permeability, 'm/s');
  positive(fn, 'specificCapacitance', specificCapacitance, 'F/m²');
  positive(fn, 'duration', duration, 's');
  const sampleCount = Math.max(1, Math.floor(nonNegative(fn, 'samples', samples)));
  const stepsPerSample = Math.max(1, Math.ceil(steps / sampleCount));
  const h = duration / (sampleCount * stepsPerSample);
  const vt = thermalVoltage(temperature);
  const { z, inside, outside, permeability } = ion;
  const sum: CurrentAndSlope = { current: 0, slope: 0 };
  const at = (voltage: number) => {
    sum.current = 0;
    sum.slope = 0;
    addGhkCurrentAndSlope(sum, permeability, z, inside, outside, (z * voltage) / vt, vt);
    return sum;
  };
  let voltage = 0;
  const out: EquilibrationSample[] = [];
  for (let s = 0; s <= sampleCount; s++) {
    const { current } = at(voltage);
    out.push({
      time: s * stepsPerSample * h,
      voltage,
      netFlux: current / (z * FARADAY),
      chargeMoved: specificCapacitance * voltage,
    });
    if (s === sampleCount) break;
    for (let k = 0; k < stepsPerSample; k++) {
      const { current: i, slope: g } = at(voltage);
      voltage += (-i * h) / (specificCapacitance + g * h);
    }
  }
  finiteResult(fn, 'ion', voltage);
  return out;
}

/**
 * The time constant of the final approach to E, C_m / g(E), in s, with g(E) the GHK slope
 * conductance at the Nernst potential: the natural time scale of equilibrationCurve
 * (the start, where g is larger when the ion is rich on the inside, goes faster).
 */
export function chargingTimeConstant(
  ion: PermeantIon,
  temperature: number,
  specificCapacitance: number,
): number {
  const fn = 'chargingTimeConstant';
  const e = nernstPotential(ion, temperature);
  positive(fn, 'ion.permeability', ion.permeability, 'm/s');
  positive(fn, 'specificCapacitance', specificCapacitance, 'F/m²');
  const sum: CurrentAndSlope = { current: 0, slope: 0 };
  const vt = thermalVoltage(temperature);
  addGhkCurrentAndSlope(
    sum,
    ion.permeability,
    ion.z,
    ion.inside,
    ion.outside,
    (ion.z * e) / vt,
    vt,
  );
  return finiteResult(fn, 'ion', specificCapacitance / sum.slope);
}
