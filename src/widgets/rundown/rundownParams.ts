import type { Param } from '../params';
import { RUNDOWN_WORDS } from './describe';

/**
 * The rundown widget's controls and URL keys: how long a block lasts, how fast the run
 * plays, what share of the pumps a block stops, and whether the pump is blocked (the button; a
 * preset or a link that sets it blocked starts a block).
 */
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
  {
    kind: 'number',
    key: 'share',
    label: RUNDOWN_WORDS.params.share,
    unit: '',
    dimension: 'dimensionless',
    min: 0.05,
    max: 1,
    default: 1,
    step: 0.05,
  },
  {
    kind: 'choice',
    key: 'pump',
    label: RUNDOWN_WORDS.params.pump,
    options: [
      { value: 'on', label: RUNDOWN_WORDS.values.pump(false) },
      { value: 'blocked', label: RUNDOWN_WORDS.values.pump(true) },
    ],
    default: 'on',
  },
];
