import { formatNumber, formatQuantity } from '../../units';
import { formatMillivolts as mv } from '../formatMillivolts';
import { IONS } from '../ions';
import type { WidgetState } from '../params';
import { currentsOf, FOUR_ION_KEYS, P_K, type Currents, type FourIonKey } from './model';

// Every word the iv widget shows, in one place: the place a translation plugs in.

const permeability = (p: number) => formatQuantity(p, 'm/s', { digits: 2 });
const ratio = (r: number) => formatNumber(r, { digits: 3 });

export const IV_WORDS = {
  title: 'Current–voltage curves of the GHK current equation',
  summary: 'Each ion’s GHK current against V, their sum, the reversal potential, Ca²⁺ included.',
  presets: {
    neuron: 'Neuron, no Ca²⁺',
    'neuron-ca': 'Neuron with Ca²⁺',
    rectification: 'K⁺ only, 140 in / 4 out',
    symmetric: 'K⁺ only, equal sides',
  },
  sliders: {
    Cain: '[Ca²⁺] inside',
    Caout: '[Ca²⁺] outside',
    PCa: 'P_Ca / P_K',
  },
  readouts: {
    reversal: { name: 'V_rev', label: 'V_rev (total current zero)' },
    withoutCalcium: { name: 'V_rev without Ca²⁺', label: 'without Ca²⁺ (GHK voltage)' },
    rectification: { name: 'Rectification ratio', label: '|I(V_rev+60)| / |I(V_rev−60)|' },
  },
  potential: mv,
  ratio,
  plotTitle: 'GHK current density of each ion and in total against membrane potential',
  xAxis: 'V_m (mV)',
  yAxis: 'I (µA/cm²), outward +',
  ionLine: (key: FourIonKey) => IONS[key].label,
  lines: { total: 'total (GHK)', chord: 'chord-conductance line' },
  reversalPoint: (reversal: number) => `V_rev ${mv(reversal)}`,
  plotKey: ({ ions }: Currents) =>
    `Permeabilities: ${FOUR_ION_KEYS.map((key, i) => `P_${key} = ${permeability(ions[i]!.permeability)}`).join(', ')} (P_K fixed at ${permeability(P_K)}).`,
} as const;

export function describeIv(state: WidgetState): string {
  return describeCurrentsOf(currentsOf(state));
}

/** The description from curves already computed (the view has them; they are not cheap). */
export function describeCurrentsOf({ reversal, withoutCalcium, rectification }: Currents): string {
  return (
    `The total GHK current crosses zero at V_rev = ${mv(reversal)} (${mv(withoutCalcium)} without Ca²⁺). ` +
    `60 mV above V_rev the current is ${ratio(rectification)} times as large as 60 mV below: ` +
    `${rectification > 1.05 ? 'outward rectification' : rectification < 0.95 ? 'inward rectification' : 'nearly a straight line'}.`
  );
}
