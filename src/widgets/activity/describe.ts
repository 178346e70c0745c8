import type { ActivityModel } from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import { formatMillivolts as mv } from '../formatMillivolts';
import type { WidgetState } from '../params';
import { activityResults } from './model';

// Every word the activity widget shows, in one place: the place a translation plugs in.

const angstrom = (metres: number) => formatQuantity(metres, 'Å', { digits: 2 });
const mM = (strength: number) => formatQuantity(strength, 'mM', { digits: 3 });
const gammaText = (gamma: number) => formatNumber(gamma, { digits: 3 });

/** "+1", "−2": a valence as the widget writes it. */
export function valenceText(z: number): string {
  return formatNumber(z, { sign: true, digits: 1 });
}

/** Each law's name. */
const LAWS: Readonly<Record<ActivityModel, string>> = {
  limiting: 'limiting law',
  extended: 'extended law',
  davies: 'Davies equation',
};

export const ACTIVITY_WORDS = {
  title: 'Activity coefficients and the Nernst potential',
  summary: 'γ from the limiting, extended and Davies laws; E from concentrations vs activities.',
  presets: {
    'neuron-k': 'Neuron K⁺',
    'equal-gamma': 'Equal γ inside and out',
    calcium: 'Ca²⁺',
    dilute: 'Dilute (1 mM)',
  },
  params: {
    I: 'Ionic strength I',
    a: 'Ion size a',
    cin: 'Inside concentration',
    cout: 'Outside concentration',
    gin: 'γ inside',
    gout: 'γ outside',
  },
  laws: LAWS,
  readouts: {
    gamma: {
      name: (model: ActivityModel) => `γ (${LAWS[model]})`,
      label: (model: ActivityModel) => `γ, ${LAWS[model]}`,
    },
    eActivity: { name: 'E from activities', label: 'E from activities' },
    eConcentration: { name: 'E from concentrations', label: 'E from concentrations' },
    shift: { name: 'ΔE', label: 'ΔE = (RT/zF)·ln(γ_out/γ_in)' },
  },
  gamma: gammaText,
  potential: mv,
  plotTitle: (z: number) =>
    `Activity coefficient γ of an ion with z = ${valenceText(z)} against √I, by three laws`,
  xAxis: '√I (I in mol/L)',
  yAxis: 'γ',
  strengthRule: (strength: number) => `I = ${mM(strength)}`,
  trustedLine: (model: ActivityModel) => `${LAWS[model]}, trusted`,
  beyondLine: (model: ActivityModel) => `${LAWS[model]}, beyond`,
  point: (model: ActivityModel) => `γ, ${LAWS[model]}, at this I`,
  legend: (model: ActivityModel, limit: number, ionSize: number) =>
    `${model === 'extended' ? `extended law (a = ${angstrom(ionSize)})` : LAWS[model]}, to ${formatQuantity(limit, 'mM')}`,
  plotKey:
    'Each law is solid up to the ionic strength where it can be trusted and dashed beyond. ' +
    '√I = 0.1, 0.32, 0.71 and 1 √(mol/L) are I = 10, 100, 500 and 1000 mM. A and B are those ' +
    'of water at 25 °C (0.509 and 0.328 Å⁻¹); the temperature enters only E. γ_in and γ_out ' +
    'are set by their own sliders, not by I.',
} as const;

/** The plot's text description, which follows the state. */
export function describeActivity(state: WidgetState): string {
  const results = activityResults(state);
  const { z, strength, eConcentration, eActivity, shift, gammas } = results;
  const laws = gammas
    .map(
      (g) =>
        `${gammaText(g.gamma)} by the ${LAWS[g.model]}${g.model === 'extended' ? ` with a = ${angstrom(results.ionSize)}` : ''}${strength > g.limit ? ' (beyond its range)' : ''}`,
    )
    .join(', ');
  const rootI = formatNumber(results.rootStrength, { digits: 3 });
  const gin = gammaText(results.gammaInside);
  const gout = gammaText(results.gammaOutside);
  return (
    `At I = ${mM(strength)} (√I = ${rootI} √(mol/L)) and z = ${valenceText(z)}, γ = ${laws}. ` +
    `With γ_in = ${gin} and γ_out = ${gout}, E = ${mv(eActivity)} from activities against ` +
    `${mv(eConcentration)} from concentrations: ΔE = ${mv(shift)}.`
  );
}
