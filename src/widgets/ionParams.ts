import { nernstPotential, REFERENCE_NEURON } from '../physics';
import { ION_CHOICES, isIonKey, ionValence } from './ions';
import {
  concentrationParam,
  numberOf,
  TEMPERATURE_PARAM,
  withDisplayValues,
  type NumberParam,
  type Param,
  type WidgetState,
} from './params';
import { neuronGradient } from './textbookGradients';

/** A valence from −3 to +3 (the custom ion's, or the ion of a widget without a picker). */
export const VALENCE_PARAM: NumberParam = {
  kind: 'number',
  key: 'z',
  label: 'Valence z',
  unit: '',
  dimension: 'dimensionless',
  min: -3,
  max: 3,
  default: 1,
  integer: true,
  step: 1,
};

/** The ion parameters shared by the one-ion widgets (nernst, equilibration, energy). */
export const ION_PARAMS: readonly Param[] = [
  { kind: 'choice', key: 'ion', label: 'Ion', options: ION_CHOICES, default: 'K' },
  VALENCE_PARAM,
  concentrationParam('cin', 'Inside concentration', REFERENCE_NEURON.inside.K),
  concentrationParam('cout', 'Outside concentration', REFERENCE_NEURON.outside.K),
  TEMPERATURE_PARAM,
];

/** The state's ion as the physics core takes it. */
export function gradientOf(state: WidgetState) {
  return {
    z: numberOf(state, 'z'),
    inside: numberOf(state, 'cin'),
    outside: numberOf(state, 'cout'),
  };
}

/** The Nernst potential of the state's ion, in V. */
export function nernstOf(state: WidgetState): number {
  return nernstPotential(gradientOf(state), numberOf(state, 'T'));
}

/**
 * A named ion fixes z. A URL or preset that names the ion wins over its z; one that gives
 * only a z that the ion cannot have makes the ion "custom". z = 0 has no Nernst potential
 * and becomes +1. A named ion that is given (chosen in the picker, or named by a URL or a
 * preset) brings its own concentrations, the reference neuron's, unless cin or cout is
 * given with it: Ca²⁺ comes with 100 nM inside, not K⁺'s 140 mM. A custom ion keeps the
 * concentrations it has.
 */
export function normaliseIon(state: WidgetState, given: ReadonlySet<string>): WidgetState {
  const next = { ...state };
  if (next.z === 0) next.z = 1;
  const ion = String(next.ion);
  const valence = ionValence(ion);
  if (valence !== undefined && valence !== next.z) {
    if (given.has('ion') || !given.has('z')) next.z = valence;
    else next.ion = 'custom';
  }
  if (!given.has('ion') || !isIonKey(ion)) return next;
  const { cin, cout } = neuronGradient(ion);
  return withDisplayValues(ION_PARAMS, next, {
    ...(given.has('cin') ? {} : { cin }),
    ...(given.has('cout') ? {} : { cout }),
  });
}
