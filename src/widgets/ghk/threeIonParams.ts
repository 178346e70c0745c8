import { REFERENCE_NEURON, type PermeantIon } from '../../physics';
import {
  concentrationParam,
  relativePermeabilityParam,
  TEMPERATURE_PARAM,
  type Param,
  type WidgetState,
} from '../params';
import { permeantIonsOf } from '../permeantIonsOf';
import { NEURON_CELSIUS } from '../textbookGradients';

const { inside, outside, relativePermeability } = REFERENCE_NEURON;

/**
 * The book's reference neuron at rest (src/physics/referenceNeuron.ts), in the reader's
 * units (mM, ratios to P_K, °C): the GHK and I–V widgets' defaults and the starting point
 * of their presets, which vary one thing from it.
 */
export const NEURON_AT_REST = {
  Kin: inside.K,
  Kout: outside.K,
  Nain: inside.Na,
  Naout: outside.Na,
  Clin: inside.Cl,
  Clout: outside.Cl,
  PNa: relativePermeability.Na,
  PCl: relativePermeability.Cl,
  T: NEURON_CELSIUS,
};

/** The GHK widgets' ions: K⁺, Na⁺, Cl⁻, with URL keys Kin, Kout, PNa, … */
export const THREE_ION_PARAMS: readonly Param[] = [
  concentrationParam('Kin', '[K⁺] inside', NEURON_AT_REST.Kin),
  concentrationParam('Kout', '[K⁺] outside', NEURON_AT_REST.Kout),
  concentrationParam('Nain', '[Na⁺] inside', NEURON_AT_REST.Nain),
  concentrationParam('Naout', '[Na⁺] outside', NEURON_AT_REST.Naout),
  concentrationParam('Clin', '[Cl⁻] inside', NEURON_AT_REST.Clin),
  concentrationParam('Clout', '[Cl⁻] outside', NEURON_AT_REST.Clout),
  relativePermeabilityParam('PNa', 'P_Na / P_K', NEURON_AT_REST.PNa),
  relativePermeabilityParam('PCl', 'P_Cl / P_K', NEURON_AT_REST.PCl),
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
