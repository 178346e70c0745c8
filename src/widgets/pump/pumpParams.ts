import { PUMP_RATIO, REFERENCE_NEURON } from '../../physics';
import { concentrationParam, TEMPERATURE_PARAM, type NumberParam, type Param } from '../params';
import { PUMP_WORDS } from './describe';

const LABELS = PUMP_WORDS.params;
const { inside, outside, relativePermeability } = REFERENCE_NEURON;

/** A concentration on a log slider, 0.1 mM to 1 M. */
function concentration(key: keyof typeof LABELS, fallback: number): NumberParam {
  return { ...concentrationParam(key, LABELS[key], fallback), min: 0.1 };
}

/**
 * The pump widget's sliders and URL keys, in the order the view shows them; the defaults
 * are the reference neuron. (The pump current and the conductance are no sliders: they
 * follow from the cell and r, so the former keys Ip and g are gone.)
 */
export const PUMP_PARAMS: readonly Param[] = [
  concentration('Kin', inside.K),
  concentration('Kout', outside.K),
  concentration('Nain', inside.Na),
  concentration('Naout', outside.Na),
  {
    kind: 'number',
    key: 'PNa',
    label: LABELS.PNa,
    unit: '',
    dimension: 'dimensionless',
    min: 0.001,
    max: 1,
    default: relativePermeability.Na,
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
  TEMPERATURE_PARAM,
];
