import type { Param } from '../params';
import { CAPACITOR_WORDS } from './describe';

const LABELS = CAPACITOR_WORDS.params;

/** The capacitor widget's sliders and URL keys; the view lays them out, ε_r first. */
export const CAPACITOR_PARAMS: readonly Param[] = [
  {
    kind: 'number',
    key: 'd',
    label: LABELS.d,
    unit: 'nm',
    dimension: 'length',
    min: 1,
    max: 200,
    default: 5,
    scale: 'log',
  },
  {
    kind: 'number',
    key: 'er',
    label: LABELS.er,
    unit: '',
    dimension: 'dimensionless',
    min: 1,
    max: 20,
    default: 2,
    step: 0.1,
  },
  {
    kind: 'number',
    key: 'V',
    label: LABELS.V,
    unit: 'mV',
    dimension: 'voltage',
    min: -150,
    max: 150,
    default: -70,
    step: 1,
  },
  {
    kind: 'number',
    key: 'r',
    label: LABELS.r,
    unit: 'µm',
    dimension: 'length',
    min: 0.1,
    max: 100,
    default: 10,
    scale: 'log',
  },
  {
    kind: 'number',
    key: 'c',
    label: LABELS.c,
    unit: 'mM',
    dimension: 'concentration',
    min: 1,
    max: 500,
    default: 140,
    scale: 'log',
  },
];
