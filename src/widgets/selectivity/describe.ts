import { SELECTIVITY_IONS, type SelectivityIon } from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import { numberOf, type WidgetState } from '../params';
import { chosenRow, selectivityOf, type SelectivityRow } from './model';

// Every word the selectivity widget shows, in one place: the place a translation plugs in.

const kj = (joulesPerMole: number) =>
  formatQuantity(joulesPerMole, 'kJ/mol', { digits: 3, sign: true });
const nm = (metres: number) => formatQuantity(metres, 'nm', { digits: 3 });
const ratio = (row: SelectivityRow) => formatNumber(row.relativeToK, { digits: 2 });

/** An ion as the reader sees it: Na⁺ (the teaching model's own label). */
export function selectivityIonLabel(key: SelectivityIon): string {
  return SELECTIVITY_IONS[key].label;
}

export const SELECTIVITY_WORDS = {
  title: 'Why a K⁺ channel rejects the smaller Na⁺ (a teaching model)',
  summary: 'Dehydration cost against coordination by a carbonyl cage; permeability ratios.',
  presets: {
    kcsa: 'K⁺-sized cage (KcsA)',
    'small-cavity': 'Na⁺-sized cage',
    'large-cavity': 'Wide cage',
  },
  params: { ion: 'Ion', cavity: 'Cavity radius' },
  note:
    'A teaching model, not a simulation: two constants are fitted so that K⁺ trades water for ' +
    'the cage at no cost and P_K/P_Na = 1000 in a K⁺-sized cage (hydration energies from ' +
    'Marcus 1991, Pauling radii).',
  readouts: {
    ratio: {
      name: 'Permeability relative to K⁺',
      label: (row: SelectivityRow) => `P(${selectivityIonLabel(row.key)}) / P(K⁺)`,
    },
    dehydration: { name: 'Dehydration cost', label: 'dehydration cost' },
    coordination: { name: 'Coordination energy', label: 'coordination by the cage' },
    transfer: { name: 'Net transfer energy', label: 'net, water → filter' },
  },
  ratio,
  energy: kj,
  bars: {
    title: 'Dehydration cost and coordination energy of each ion in the cage',
    xAxis: 'ion',
    yAxis: 'kJ/mol',
    legend: {
      dehydration: 'dehydration cost (up)',
      coordination: 'coordination by the cage (down)',
    },
  },
  transfer: {
    title: 'Net free energy of entering the filter against the cavity radius',
    xAxis: 'cavity radius (nm)',
    yAxis: 'ΔG water → filter (kJ/mol)',
    now: 'now',
  },
} as const;

/** The energies plot's text description, which follows the state. */
export function describeSelectivity(state: WidgetState): string {
  const chosen = chosenRow(state, selectivityOf(state));
  return (
    `Teaching model, cavity radius ${nm(numberOf(state, 'cavity'))}: ` +
    `${selectivityIonLabel(chosen.key)} pays ${kj(chosen.dehydrationCost)} to leave water and gains ${kj(chosen.coordinationEnergy)} ` +
    `from the cage, net ${kj(chosen.transferEnergy)}; P/P_K = ${ratio(chosen)}.`
  );
}

/** The transfer-energy plot's description: each ion's net energy in a cage of `cavity` (m). */
export function describeTransfer(cavity: number, rows: readonly SelectivityRow[]): string {
  const energies = rows.map((row) => `${selectivityIonLabel(row.key)} ${kj(row.transferEnergy)}`);
  return `Net transfer energies at ${nm(cavity)}: ${energies.join(', ')}.`;
}
