import type { PermeantIon } from '../../physics';
import {
  concentrationParam,
  relativePermeabilityParam,
  TEMPERATURE_PARAM,
  type Param,
  type WidgetState,
} from '../params';
import { permeantIonsOf } from '../permeantIonsOf';

/**
 * A mammalian neuron at rest, in the reader's units (mM, ratios to P_K, °C): the starting
 * point of the GHK and I–V widgets' presets, which vary one thing from it.
 */
export const NEURON_AT_REST = {
  Kin: 140,
  Kout: 4,
  Nain: 12,
  Naout: 145,
  Clin: 7,
  Clout: 120,
  PNa: 0.05,
  PCl: 0.45,
  T: 37,
};

/** The GHK widgets' ions: K⁺, Na⁺, Cl⁻, with URL keys Kin, Kout, PNa, … */
export const THREE_ION_PARAMS: readonly Param[] = [
  concentrationParam('Kin', '[K⁺] inside', 140),
  concentrationParam('Kout', '[K⁺] outside', 4),
  concentrationParam('Nain', '[Na⁺] inside', 12),
  concentrationParam('Naout', '[Na⁺] outside', 145),
  concentrationParam('Clin', '[Cl⁻] inside', 7),
  concentrationParam('Clout', '[Cl⁻] outside', 120),
  relativePermeabilityParam('PNa', 'P_Na / P_K', 0.05),
  relativePermeabilityParam('PCl', 'P_Cl / P_K', 0.45),
  TEMPERATURE_PARAM,
];

/** The three ions in the order of threeIonsOf, each with its permeability's key (P_K is 1). */
export const THREE_IONS = [
  { key: 'K', permeability: null },
  { key: 'Na', permeability: 'PNa' },
  { key: 'Cl', permeability: 'PCl' },
] as const;

export type ThreeIonKey = (typeof THREE_IONS)[number]['key'];

/** The state's three ions, permeabilities relative to P_K = 1 (times `pK` if given). */
export function threeIonsOf(state: WidgetState, pK = 1): PermeantIon[] {
  return permeantIonsOf(state, THREE_IONS, pK);
}
