import { lazy } from 'react';
import { chemicalFreeEnergy, electrochemicalFreeEnergy } from '../../physics';
import { formatQuantity } from '../../units';
import { gradientOf, ION_PARAMS, nernstOf, normaliseIon } from '../ionParams';
import { ionLabel } from '../ions';
import { numberOf, type Param, type WidgetState } from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';

export const ENERGY_PARAMS: readonly Param[] = [
  ...ION_PARAMS,
  {
    kind: 'number',
    key: 'V',
    label: 'Membrane potential V_m',
    unit: 'mV',
    dimension: 'voltage',
    min: -150,
    max: 150,
    default: -70,
    step: 0.5,
  },
];

/** ΔG for moving one mole inward: chemical, electrical (zFV) and total, in J/mol. */
export function energiesOf(state: WidgetState) {
  const ion = gradientOf(state);
  const temperature = numberOf(state, 'T');
  const voltage = numberOf(state, 'V');
  const chemical = chemicalFreeEnergy(ion, temperature);
  const total = electrochemicalFreeEnergy(ion, voltage, temperature);
  return { chemical, electrical: total - chemical, total };
}

export function describeEnergy(state: WidgetState): string {
  const ion = ionLabel(String(state.ion), numberOf(state, 'z'));
  const { chemical, electrical, total } = energiesOf(state);
  const kj = (value: number) => formatQuantity(value, 'kJ/mol', { digits: 3, sign: true });
  const v = formatQuantity(numberOf(state, 'V'), 'mV', { decimals: 1, sign: true });
  const e = formatQuantity(nernstOf(state), 'mV', { decimals: 1, sign: true });
  const verdict =
    Math.abs(total) < 1
      ? 'at equilibrium'
      : total < 0
        ? 'downhill: the ion tends to move in'
        : 'uphill: the ion tends to move out';
  return `Moving one mole of ${ion} inward at V_m = ${v}: chemical ${kj(chemical)}, electrical ${kj(electrical)}, total ${kj(total)} (${verdict}). The total is zero at E = ${e}.`;
}

export const energyWidget: WidgetDefinition = {
  id: 'energy',
  title: 'The free energy of moving an ion inward',
  chapter: 'nernst',
  summary: 'Chemical, electrical and total ΔG against V_m; zero exactly at E.',
  params: ENERGY_PARAMS,
  presets: [
    { id: 'neuron-k', label: 'K⁺ at rest', values: { ion: 'K', cin: 140, cout: 4, T: 37, V: -70 } },
    {
      id: 'neuron-na',
      label: 'Na⁺ at rest',
      values: { ion: 'Na', cin: 12, cout: 145, T: 37, V: -70 },
    },
    {
      id: 'neuron-cl',
      label: 'Cl⁻ at rest',
      values: { ion: 'Cl', cin: 7, cout: 120, T: 37, V: -70 },
    },
    { id: 'k-at-ek', label: 'K⁺ at E_K', values: { ion: 'K', cin: 140, cout: 4, T: 37, V: -95 } },
    {
      id: 'pump-work',
      label: 'K⁺ 145/4, no voltage',
      values: { ion: 'K', cin: 145, cout: 4, T: 37, V: 0 },
    },
  ],
  describe: describeEnergy,
  normalise: normaliseIon,
  View: lazy(() => import('./EnergyView')),
};
