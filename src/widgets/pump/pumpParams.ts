import { concentrationParam, TEMPERATURE_PARAM, type NumberParam, type Param } from '../params';
import { PUMP_RATIO } from '../../physics';
import { PUMP_WORDS } from './describe';

const LABELS = PUMP_WORDS.params;

/** A concentration on a log slider, 0.1 mM to 1 M. */
function concentration(key: keyof typeof LABELS, fallback: number): NumberParam {
  return { ...concentrationParam(key, LABELS[key], fallback), min: 0.1 };
}

/** The pump widget's sliders and URL keys, in the order the view shows them. */
export const PUMP_PARAMS: readonly Param[] = [
  concentration('Kin', 140),
  concentration('Kout', 5),
  concentration('Nain', 10),
  concentration('Naout', 145),
  {
    kind: 'number',
    key: 'PNa',
    label: LABELS.PNa,
    unit: '',
    dimension: 'dimensionless',
    min: 0.001,
    max: 1,
    default: 0.03,
    scale: 'log',
  },
  {
    kind: 'number',
    key: 'r',
    label: LABELS.r,
    unit: '',
    dimension: 'dimensionless',
    min: 1,
    max: 3,
    default: PUMP_RATIO,
    step: 0.05,
  },
  {
    kind: 'number',
    key: 'Ip',
    label: LABELS.Ip,
    unit: 'pA',
    dimension: 'current',
    min: 0,
    max: 100,
    default: 10,
    step: 0.5,
  },
  {
    kind: 'number',
    key: 'g',
    label: LABELS.g,
    unit: 'nS',
    dimension: 'conductance',
    min: 0.5,
    max: 100,
    default: 5,
    scale: 'log',
  },
  TEMPERATURE_PARAM,
];
