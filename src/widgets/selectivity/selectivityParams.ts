import type { Param } from '../params';
import { selectivityIonLabel, SELECTIVITY_WORDS } from './describe';
import { SELECTIVITY_ION_KEYS } from './model';

/** The ion choices, as the URL codec and the view's picker both read them. */
export const SELECTIVITY_ION_OPTIONS = SELECTIVITY_ION_KEYS.map((key) => ({
  value: key,
  label: selectivityIonLabel(key),
}));

export const SELECTIVITY_PARAMS: readonly Param[] = [
  {
    kind: 'choice',
    key: 'ion',
    label: SELECTIVITY_WORDS.params.ion,
    options: SELECTIVITY_ION_OPTIONS,
    default: 'Na',
  },
  {
    kind: 'number',
    key: 'cavity',
    label: SELECTIVITY_WORDS.params.cavity,
    unit: 'nm',
    dimension: 'length',
    min: 0.05,
    max: 0.2,
    default: 0.133,
    step: 0.001,
  },
];
