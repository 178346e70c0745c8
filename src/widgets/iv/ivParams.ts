import { REFERENCE_NEURON } from '../../physics';
import { THREE_ION_PARAMS } from '../ghk/threeIonParams';
import { concentrationParam, relativePermeabilityParam, type Param } from '../params';
import { IV_WORDS } from './describe';

/**
 * The three ions' parameters with Ca²⁺'s added before the temperature (the sliders' order),
 * Ca²⁺ at the reference neuron's concentrations and a token permeability.
 */
export const IV_PARAMS: readonly Param[] = [
  ...THREE_ION_PARAMS.filter((p) => p.key !== 'T'),
  concentrationParam('Cain', IV_WORDS.sliders.Cain, REFERENCE_NEURON.inside.Ca),
  concentrationParam('Caout', IV_WORDS.sliders.Caout, REFERENCE_NEURON.outside.Ca),
  relativePermeabilityParam('PCa', IV_WORDS.sliders.PCa, 0.0001),
  ...THREE_ION_PARAMS.filter((p) => p.key === 'T'),
];
