import type { Param } from '../params';
import { RUNDOWN_WORDS } from './describe';

/** The rundown widget's sliders and URL keys: how long a block lasts, how fast the run plays. */
export const RUNDOWN_PARAMS: readonly Param[] = [
  {
    kind: 'number',
    key: 'block',
    label: RUNDOWN_WORDS.params.block,
    unit: 'min',
    dimension: 'time',
    min: 0.5,
    max: 60,
    default: 10,
    step: 0.5,
  },
  {
    kind: 'number',
    key: 'speed',
    label: RUNDOWN_WORDS.params.speed,
    unit: '',
    dimension: 'dimensionless',
    min: 1,
    max: 600,
    default: 60,
    scale: 'log',
  },
];
