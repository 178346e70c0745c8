import { formatQuantity } from '../../units';
import { formatMillivolts } from '../formatMillivolts';
import { ionLabelOf } from '../ionLabelOf';
import type { WidgetState } from '../params';
import { energiesOf, type EnergyReadings } from './model';

// Every word the energy widget shows, in one place: the place a translation plugs in.

/** A free energy, given in J/mol, as the reader sees it: "+9.14 kJ/mol". */
const kj = (value: number) => formatQuantity(value, 'kJ/mol', { digits: 3, sign: true });

const VERDICTS: Record<EnergyReadings['tendency'], string> = {
  none: 'at equilibrium',
  in: 'downhill: the ion tends to move in',
  out: 'uphill: the ion tends to move out',
};

export const ENERGY_WORDS = {
  title: 'The free energy of moving an ion inward',
  summary: 'Chemical, electrical and total ΔG against V_m; zero exactly at E.',
  presets: {
    'neuron-k': 'K⁺ at rest',
    'neuron-na': 'Na⁺ at rest',
    'neuron-cl': 'Cl⁻ at rest',
    'k-at-ek': 'K⁺ at E_K',
    'pump-work': 'K⁺ 145/4, no voltage',
  },
  sliders: { V: 'Membrane potential V_m' },
  readouts: {
    total: { name: 'Total ΔG', label: 'ΔG total' },
    chemical: { name: 'Chemical ΔG', label: 'chemical' },
    electrical: { name: 'Electrical ΔG', label: 'electrical' },
    e: { name: 'E', label: 'E' },
  },
  energy: kj,
  potential: formatMillivolts,
  plotTitle: 'Free energy of moving one mole inward against the membrane potential',
  xAxis: 'V_m (mV)',
  yAxis: 'ΔG (kJ/mol)',
  eRule: (e: number) => `E = ${formatMillivolts(e)}`,
  lines: {
    total: 'total',
    chemical: 'chemical, RT·ln(c_in/c_out)',
    electrical: 'electrical, zFV_m',
  },
} as const;

/** The plot's text description, which follows the state. */
export function describeEnergy(state: WidgetState): string {
  const { voltage, e, chemical, electrical, total, tendency } = energiesOf(state);
  return `Moving one mole of ${ionLabelOf(state)} inward at V_m = ${formatMillivolts(voltage)}: chemical ${kj(chemical)}, electrical ${kj(electrical)}, total ${kj(total)} (${VERDICTS[tendency]}). The total is zero at E = ${formatMillivolts(e)}.`;
}
