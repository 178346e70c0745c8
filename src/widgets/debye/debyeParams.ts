import { TEMPERATURE_PARAM, type Param } from '../params';
import { DEBYE_WORDS } from './describe';

export const DEBYE_PARAMS: readonly Param[] = [
  {
    kind: 'number',
    key: 'I',
    label: DEBYE_WORDS.params.I,
    unit: 'mM',
    dimension: 'concentration',
    min: 1e-4,
    max: 1000,
    default: 150,
    scale: 'log',
  },
  TEMPERATURE_PARAM,
  {
    kind: 'number',
    key: 'er',
    label: DEBYE_WORDS.params.er,
    unit: '',
    dimension: 'dimensionless',
    min: 2,
    max: 100,
    default: 74.15,
    step: 0.05,
    digits: 4,
  },
];
