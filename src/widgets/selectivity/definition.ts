import { lazy } from 'react';
import {
  filterEnergies,
  SELECTIVITY_IONS,
  selectivityRatio,
  type SelectivityIon,
} from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import { numberOf, type Param, type WidgetState } from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';

export const SELECTIVITY_ION_KEYS = Object.keys(SELECTIVITY_IONS) as SelectivityIon[];
/** The channel's temperature for the Boltzmann factor: 37 °C. */
export const BODY_TEMPERATURE = 310.15;

/** The ion choices, as the URL codec and the view's picker both read them. */
export const SELECTIVITY_ION_OPTIONS = SELECTIVITY_ION_KEYS.map((key) => ({
  value: key,
  label: SELECTIVITY_IONS[key].label,
}));

export const SELECTIVITY_PARAMS: readonly Param[] = [
  {
    kind: 'choice',
    key: 'ion',
    label: 'Ion',
    options: SELECTIVITY_ION_OPTIONS,
    default: 'Na',
  },
  {
    kind: 'number',
    key: 'cavity',
    label: 'Cavity radius',
    unit: 'nm',
    dimension: 'length',
    min: 0.05,
    max: 0.2,
    default: 0.133,
    step: 0.001,
  },
];

/** Each ion's energies in the cage, and its permeability relative to K⁺ (the model's). */
export function selectivityOf(state: WidgetState) {
  const cavity = numberOf(state, 'cavity');
  const k = filterEnergies('K', cavity).transferEnergy;
  return SELECTIVITY_ION_KEYS.map((key) => {
    const energies = filterEnergies(key, cavity);
    return {
      key,
      label: SELECTIVITY_IONS[key].label,
      ...energies,
      relativeToK: selectivityRatio(energies.transferEnergy, k, BODY_TEMPERATURE),
    };
  });
}

export function describeSelectivity(state: WidgetState): string {
  const rows = selectivityOf(state);
  const chosen = rows.find((row) => row.key === state.ion) ?? rows[0]!;
  const kj = (v: number) => formatQuantity(v, 'kJ/mol', { digits: 3, sign: true });
  return (
    `Teaching model, cavity radius ${formatQuantity(numberOf(state, 'cavity'), 'nm', { digits: 3 })}: ` +
    `${chosen.label} pays ${kj(chosen.dehydrationCost)} to leave water and gains ${kj(chosen.coordinationEnergy)} ` +
    `from the cage, net ${kj(chosen.transferEnergy)}; P/P_K = ${formatNumber(chosen.relativeToK, { digits: 2 })}.`
  );
}

export const selectivityWidget: WidgetDefinition = {
  id: 'selectivity',
  title: 'Why a K⁺ channel rejects the smaller Na⁺ (a teaching model)',
  chapter: 'ghk',
  summary: 'Dehydration cost against coordination by a carbonyl cage; permeability ratios.',
  params: SELECTIVITY_PARAMS,
  presets: [
    { id: 'kcsa', label: 'K⁺-sized cage (KcsA)', values: { ion: 'Na', cavity: 0.133 } },
    { id: 'small-cavity', label: 'Na⁺-sized cage', values: { ion: 'Na', cavity: 0.095 } },
    { id: 'large-cavity', label: 'Wide cage', values: { ion: 'Cs', cavity: 0.17 } },
  ],
  describe: describeSelectivity,
  View: lazy(() => import('./SelectivityView')),
};
