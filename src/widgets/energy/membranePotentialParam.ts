import type { NumberParam } from '../params';
import { ENERGY_WORDS } from './describe';

/** V_m from −150 to +150 mV, in half-millivolt steps: the energy widget's own slider. */
export const MEMBRANE_POTENTIAL_PARAM: NumberParam = {
  kind: 'number',
  key: 'V',
  label: ENERGY_WORDS.sliders.V,
  unit: 'mV',
  dimension: 'voltage',
  min: -150,
  max: 150,
  default: -70,
  step: 0.5,
};
