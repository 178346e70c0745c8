import { checkGradient, type IonGradient } from './ion';
import { thermalVoltage } from './thermal';
import { logRatio } from './logRatio';
import { finiteResult, positive } from './validate';

/**
 * The Nernst (equilibrium) potential of one ion, in V:
 *
 *   E = (RT / zF) · ln(c_out / c_in)
 *
 * V_m = V_in − V_out, so E is the inside potential at which the ion's net flux is zero.
 * The ratio is taken before the logarithm (one rounding, not two).
 */
export function nernstPotential(ion: IonGradient, temperature: number): number {
  const fn = 'nernstPotential';
  checkGradient(fn, ion);
  positive(fn, 'temperature', temperature, 'K');
  const e = (thermalVoltage(temperature) / ion.z) * logRatio(ion.outside, ion.inside);
  return finiteResult(fn, 'temperature', e);
}

/**
 * The Nernst potential from activities a = γ·c, in V:
 *
 *   E = (RT / zF) · ln(γ_out·c_out / γ_in·c_in)
 */
export function activityNernstPotential(
  ion: IonGradient & { gammaInside: number; gammaOutside: number },
  temperature: number,
): number {
  const fn = 'activityNernstPotential';
  checkGradient(fn, ion);
  positive(fn, 'ion.gammaInside (inside activity coefficient)', ion.gammaInside);
  positive(fn, 'ion.gammaOutside (outside activity coefficient)', ion.gammaOutside);
  positive(fn, 'temperature', temperature, 'K');
  const lnRatio = logRatio(ion.gammaOutside, ion.gammaInside) + logRatio(ion.outside, ion.inside);
  const e = (thermalVoltage(temperature) / ion.z) * lnRatio;
  return finiteResult(fn, 'temperature', e);
}
