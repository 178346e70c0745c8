import { nernstPotential } from '../physics';
import { ION_CHOICES, ionValence } from './ions';
import {
  concentrationParam,
  numberOf,
  TEMPERATURE_PARAM,
  type NumberParam,
  type Param,
  type WidgetState,
} from './params';

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
  concentrationParam('cin', 'Inside concentration', 140),
  concentrationParam('cout', 'Outside concentration', 4),
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
 * and becomes +1.
 */
export function normaliseIon(state: WidgetState, given: ReadonlySet<string>): WidgetState {
  const next = { ...state };
  if (next.z === 0) next.z = 1;
  const valence = ionValence(String(next.ion));
  if (valence !== undefined && valence !== next.z) {
    if (given.has('ion') || !given.has('z')) next.z = valence;
    else next.ion = 'custom';
  }
  return next;
}
