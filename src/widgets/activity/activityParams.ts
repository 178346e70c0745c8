import { VALENCE_PARAM } from '../ionParams';
import { concentrationParam, TEMPERATURE_PARAM, type Param } from '../params';
import { ACTIVITY_WORDS, valenceText } from './describe';

const WORDS = ACTIVITY_WORDS.params;

/** The valences the widget offers (z = 0 has no Nernst potential and no activity effect). */
const VALENCES = [1, 2, 3, -1, -2, -3] as const;

/** The valence picker's choices: "+1", …, "−3". */
export const VALENCE_OPTIONS = VALENCES.map((z) => ({ value: String(z), label: valenceText(z) }));

/** An activity coefficient, set by its own slider (not by I). */
const COEFFICIENT = {
  kind: 'number',
  unit: '',
  dimension: 'dimensionless',
  min: 0.05,
  max: 1,
  step: 0.01,
} as const;

export const ACTIVITY_PARAMS: readonly Param[] = [
  VALENCE_PARAM,
  {
    kind: 'number',
    key: 'I',
    label: WORDS.I,
    unit: 'mM',
    dimension: 'concentration',
    min: 0.01,
    max: 1000,
    default: 150,
    scale: 'log',
  },
  {
    kind: 'number',
    key: 'a',
    label: WORDS.a,
    unit: 'Å',
    dimension: 'length',
    min: 2,
    max: 9,
    default: 4.5,
    step: 0.1,
  },
  concentrationParam('cin', WORDS.cin, 140),
  concentrationParam('cout', WORDS.cout, 4),
  { ...COEFFICIENT, key: 'gin', label: WORDS.gin, default: 0.6 },
  { ...COEFFICIENT, key: 'gout', label: WORDS.gout, default: 0.75 },
  TEMPERATURE_PARAM,
];
