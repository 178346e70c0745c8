import { lazy } from 'react';
import { cellReadout } from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import { numberOf, type Param, type WidgetState } from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';
import { CELL, formatMinutes } from './simulation';

export const RUNDOWN_PARAMS: readonly Param[] = [
  {
    kind: 'number',
    key: 'block',
    label: 'Pump blocked for',
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
    label: 'Speed, simulated seconds per second',
    unit: '',
    dimension: 'dimensionless',
    min: 1,
    max: 600,
    default: 60,
    scale: 'log',
  },
];

/** The scenario before it runs: the resting cell, the block length and the speed. */
export function describeRundown(state: WidgetState): string {
  const { parameters, state: cell } = CELL;
  const voltage = cellReadout(parameters, cell).voltage;
  return (
    `At rest the pump–leak cell holds V_m = ${formatQuantity(voltage, 'mV', { decimals: 1, sign: true })}, ` +
    `[Na⁺]in = ${formatQuantity(cell.inside.Na, 'mM', { decimals: 1 })} and ` +
    `[K⁺]in = ${formatQuantity(cell.inside.K, 'mM', { decimals: 1 })}; blocking its pump for ` +
    `${formatMinutes(numberOf(state, 'block'))} lets the gradients run down, played at ` +
    `${formatNumber(numberOf(state, 'speed'), { digits: 3 })} simulated seconds per second.`
  );
}

export const rundownWidget: WidgetDefinition = {
  id: 'rundown',
  title: 'When the pump stops: the gradients run down',
  chapter: 'pump',
  summary:
    'The pump–leak cell over minutes: block the pump and watch [Na⁺]in rise, [K⁺]in fall and V_m creep up; restore it and they recover.',
  params: RUNDOWN_PARAMS,
  presets: [
    { id: 'ouabain', label: 'Ouabain, 30 min', values: { block: 30, speed: 60 } },
    { id: 'ischaemia-5min', label: 'Ischaemia, 5 min', values: { block: 5, speed: 60 } },
    { id: 'fast', label: 'Fast, 300×', values: { speed: 300 } },
  ],
  describe: describeRundown,
  View: lazy(() => import('./RundownView')),
};
