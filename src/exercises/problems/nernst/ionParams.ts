import { thermalVoltage, type IonGradient } from '../../../physics';
import type { ProblemParam, SIParams } from '../../ProblemKind';
import { concentration, temperature } from '../shared';

// The ion a Nernst-chapter problem is about, as parameters: its valence, its concentrations
// inside and outside (mM, redrawn from 2–400 mM) and the temperature.
export const z: ProblemParam = { label: 'valence z', unit: '', integer: true };
export const cin = concentration('inside concentration', 2, 400);
export const cout = concentration('outside concentration', 2, 400);
export const T = temperature;

/** The ion's gradient, from the parameters z, cin and cout. */
export function ionGradient(p: SIParams): IonGradient {
  return { z: p.z!, inside: p.cin!, outside: p.cout! };
}

/** RT/zF in V, from the parameters T and z: the Nernst potential per e-fold ratio. */
export function rtOverZF(p: SIParams): number {
  return thermalVoltage(p.T!) / p.z!;
}

/** ln(c_out/c_in), from the parameters cin and cout. */
export function lnConcentrationRatio(p: SIParams): number {
  return Math.log(p.cout! / p.cin!);
}

/**
 * Takes redrawn concentrations only when ln(c_out/c_in) lies beyond ±0.2 (a ratio outside
 * 0.82–1.22), so that the answer is not near zero, where a slip of sign changes little.
 */
export function concentrationsApart(p: SIParams): boolean {
  return Math.abs(lnConcentrationRatio(p)) > 0.2;
}

/**
 * Every concentration at most 160 mM, as in a mammalian cell and the fluid around it: their
 * osmolarity, about 290 mOsm, leaves no single ion much above the 140–155 mM of plasma Na⁺
 * or cytoplasmic K⁺. Words that call the numbers a mammalian neuron's keep this true for
 * every draw; a squid axon's 400 mM keeps it false.
 */
export function mammalianLevels(p: SIParams): boolean {
  return Math.max(p.cin!, p.cout!) <= MAMMALIAN_MAX_CONCENTRATION;
}

const MAMMALIAN_MAX_CONCENTRATION = 160;
