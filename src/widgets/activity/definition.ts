import { lazy } from 'react';
import {
  activityCoefficient,
  activityNernstPotential,
  nernstPotential,
  type ActivityModel,
} from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import {
  concentrationParam,
  numberOf,
  TEMPERATURE_PARAM,
  type Param,
  type WidgetState,
} from '../params';
import { VALENCE_PARAM } from '../ionParams';
import type { WidgetDefinition } from '../WidgetDefinition';

/** The valences the widget offers (z = 0 has no Nernst potential and no activity effect). */
export const VALENCES = [1, 2, 3, -1, -2, -3] as const;

export const ACTIVITY_PARAMS: readonly Param[] = [
  VALENCE_PARAM,
  {
    kind: 'number',
    key: 'I',
    label: 'Ionic strength I',
    unit: 'mM',
    dimension: 'concentration',
    min: 0.01,
    max: 1000,
    default: 150,
    scale: 'log',
  },
  {
    kind: 'number',
    key: 'a',
    label: 'Ion size a',
    unit: 'Å',
    dimension: 'length',
    min: 2,
    max: 9,
    default: 4.5,
    step: 0.1,
  },
  concentrationParam('cin', 'Inside concentration', 140),
  concentrationParam('cout', 'Outside concentration', 4),
  {
    kind: 'number',
    key: 'gin',
    label: 'γ inside',
    unit: '',
    dimension: 'dimensionless',
    min: 0.05,
    max: 1,
    default: 0.6,
    step: 0.01,
  },
  {
    kind: 'number',
    key: 'gout',
    label: 'γ outside',
    unit: '',
    dimension: 'dimensionless',
    min: 0.05,
    max: 1,
    default: 0.75,
    step: 0.01,
  },
  TEMPERATURE_PARAM,
];

/** Each law, its name, and the ionic strength (mM) up to which it can be trusted. */
export const MODELS: readonly { model: ActivityModel; name: string; limit: number }[] = [
  { model: 'limiting', name: 'limiting law', limit: 1 },
  { model: 'extended', name: 'extended law', limit: 100 },
  { model: 'davies', name: 'Davies equation', limit: 500 },
];

/** γ by one law for the state's valence and ion size at ionic strength `strength` (mM). */
export function gammaOf(state: WidgetState, model: ActivityModel, strength: number): number {
  return activityCoefficient(numberOf(state, 'z'), strength, model, {
    ionSize: numberOf(state, 'a'),
  });
}

/** Everything the widget shows, from the physics core: potentials in V, γ pure numbers. */
export function activityResults(state: WidgetState) {
  const z = numberOf(state, 'z');
  const strength = numberOf(state, 'I');
  const temperature = numberOf(state, 'T');
  const ion = { z, inside: numberOf(state, 'cin'), outside: numberOf(state, 'cout') };
  const eConcentration = nernstPotential(ion, temperature);
  const eActivity = activityNernstPotential(
    { ...ion, gammaInside: numberOf(state, 'gin'), gammaOutside: numberOf(state, 'gout') },
    temperature,
  );
  const gammas = MODELS.map((m) => ({ ...m, gamma: gammaOf(state, m.model, strength) }));
  return { z, strength, eConcentration, eActivity, shift: eActivity - eConcentration, gammas };
}

const mv = (v: number) => formatQuantity(v, 'mV', { decimals: 1, sign: true });

/** "+1", "−2": a valence as the widget writes it. */
export function valenceText(z: number): string {
  return formatNumber(z, { sign: true, digits: 1 });
}

export function describeActivity(state: WidgetState): string {
  const { z, strength, eConcentration, eActivity, shift, gammas } = activityResults(state);
  const size = formatQuantity(numberOf(state, 'a'), 'Å', { digits: 2 });
  const laws = gammas
    .map(
      (g) =>
        `${formatNumber(g.gamma, { digits: 3 })} by the ${g.name}${g.model === 'extended' ? ` with a = ${size}` : ''}${strength > g.limit ? ' (beyond its range)' : ''}`,
    )
    .join(', ');
  const i = formatQuantity(strength, 'mM', { digits: 3 });
  const rootI = formatNumber(Math.sqrt(strength / 1000), { digits: 3 });
  const gin = formatNumber(numberOf(state, 'gin'), { digits: 3 });
  const gout = formatNumber(numberOf(state, 'gout'), { digits: 3 });
  return (
    `At I = ${i} (√I = ${rootI} √(mol/L)) and z = ${valenceText(z)}, γ = ${laws}. ` +
    `With γ_in = ${gin} and γ_out = ${gout}, E = ${mv(eActivity)} from activities against ` +
    `${mv(eConcentration)} from concentrations: ΔE = ${mv(shift)}.`
  );
}

/** z = 0 is not offered (the URL or a field may still ask for it): it becomes +1. */
export function normaliseActivity(state: WidgetState): WidgetState {
  return state.z === 0 ? { ...state, z: 1 } : state;
}

export const activityWidget: WidgetDefinition = {
  id: 'activity',
  title: 'Activity coefficients and the Nernst potential',
  chapter: 'activity',
  summary: 'γ from the limiting, extended and Davies laws; E from concentrations vs activities.',
  params: ACTIVITY_PARAMS,
  presets: [
    {
      id: 'neuron-k',
      label: 'Neuron K⁺',
      values: { z: 1, cin: 140, cout: 4, gin: 0.6, gout: 0.75, I: 150, T: 37 },
    },
    {
      id: 'equal-gamma',
      label: 'Equal γ inside and out',
      values: { z: 1, cin: 140, cout: 4, gin: 0.75, gout: 0.75, I: 150, T: 37 },
    },
    {
      id: 'calcium',
      label: 'Ca²⁺',
      values: { z: 2, cin: 0.0001, cout: 2, gin: 0.3, gout: 0.35, I: 150, T: 37 },
    },
    {
      id: 'dilute',
      label: 'Dilute (1 mM)',
      values: { z: 1, cin: 140, cout: 4, gin: 0.965, gout: 0.965, I: 1, T: 37 },
    },
  ],
  describe: describeActivity,
  normalise: normaliseActivity,
  View: lazy(() => import('./ActivityView')),
};
