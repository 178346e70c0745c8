import { formatNumber, formatQuantity } from '../../units';
import { ionLabel } from '../ions';
import type { WidgetState } from '../params';
import { nernstReadings, type NernstReadings } from './model';

// Every word the nernst widget shows, in one place: the place a translation plugs in.

const signed = (z: number) => (z > 0 ? `+${z}` : formatNumber(z));
const mv = (volts: number) => formatQuantity(volts, 'mV', { decimals: 1, sign: true });

export const NERNST_WORDS = {
  title: 'The Nernst potential of one ion',
  summary: 'E for one ion from its two concentrations, valence and temperature.',
  presets: {
    'neuron-k': 'Neuron K⁺',
    'neuron-na': 'Neuron Na⁺',
    'neuron-cl': 'Neuron Cl⁻',
    'neuron-ca': 'Neuron Ca²⁺',
    'squid-k': 'Squid axon K⁺, 6.3 °C',
    hyperkalaemia: 'Hyperkalaemia K⁺',
    'textbook-z': '450 out / 7.5 in',
  },
  swap: 'Swap inside and outside',
  readouts: {
    e: { name: 'E' },
    slope: { name: 'Change per tenfold ratio', label: 'per tenfold' },
    ratio: { name: 'Ratio out/in', label: 'out / in' },
  },
  plotTitle: (ion: string) => `E of ${ion} against the concentration ratio out/in`,
  xAxis: '[out] / [in] (log scale)',
  yAxis: 'E (mV)',
  lineLabel: (z: number) => `z = ${z}`,
  plotKey: (z: number) =>
    `Solid: z = ${signed(z)}. Dashed: the same ratio for the opposite valence, z = ${signed(-z)}.`,
  slope: (readings: NernstReadings) =>
    `${formatQuantity(Math.abs(readings.decadeSlope), 'mV', { decimals: 1 })} per ×10`,
  value: (readings: NernstReadings) => mv(readings.e),
} as const;

/** The state's ion as the reader sees it: K⁺, Cl⁻, or X²⁻ for a custom valence. */
export function nernstIon(state: WidgetState): string {
  return ionLabel(String(state.ion), nernstReadings(state).z);
}

/** The plot's text description, which follows the state. */
export function describeNernst(state: WidgetState): string {
  const readings = nernstReadings(state);
  const ion = nernstIon(state);
  const cin = formatQuantity(readings.inside, 'mM', { digits: 3 });
  const cout = formatQuantity(readings.outside, 'mM', { digits: 3 });
  const t = formatQuantity(readings.temperature, '°C', { decimals: 1 });
  const slope = formatQuantity(Math.abs(readings.decadeSlope), 'mV', { decimals: 1 });
  return `E = ${mv(readings.e)} for ${ion} at [${ion}]out = ${cout}, [${ion}]in = ${cin}, ${t}; E changes by ${slope} per tenfold change in the ratio.`;
}
