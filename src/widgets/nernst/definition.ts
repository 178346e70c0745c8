import { lazy } from 'react';
import { thermalVoltage } from '../../physics';
import { formatQuantity } from '../../units';
import { ION_PARAMS, nernstOf, normaliseIon } from '../ionParams';
import { ionLabel } from '../ions';
import { numberOf, type Param, type WidgetState } from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';

export const NERNST_PARAMS: readonly Param[] = ION_PARAMS;

/** The change of E per tenfold change of the ratio, (RT/zF)·ln 10, in V. */
export function decadeSlopeOf(state: WidgetState): number {
  return (thermalVoltage(numberOf(state, 'T')) / numberOf(state, 'z')) * Math.LN10;
}

export function describeNernst(state: WidgetState): string {
  const ion = ionLabel(String(state.ion), numberOf(state, 'z'));
  const e = formatQuantity(nernstOf(state), 'mV', { decimals: 1, sign: true });
  const cin = formatQuantity(numberOf(state, 'cin'), 'mM', { digits: 3 });
  const cout = formatQuantity(numberOf(state, 'cout'), 'mM', { digits: 3 });
  const t = formatQuantity(numberOf(state, 'T'), '°C', { decimals: 1 });
  const slope = formatQuantity(Math.abs(decadeSlopeOf(state)), 'mV', { decimals: 1 });
  return `E = ${e} for ${ion} at [${ion}]out = ${cout}, [${ion}]in = ${cin}, ${t}; E changes by ${slope} per tenfold change in the ratio.`;
}

export const nernstWidget: WidgetDefinition = {
  id: 'nernst',
  title: 'The Nernst potential of one ion',
  chapter: 'nernst',
  summary: 'E for one ion from its two concentrations, valence and temperature.',
  params: NERNST_PARAMS,
  presets: [
    { id: 'neuron-k', label: 'Neuron K⁺', values: { ion: 'K', cin: 140, cout: 4, T: 37 } },
    { id: 'neuron-na', label: 'Neuron Na⁺', values: { ion: 'Na', cin: 12, cout: 145, T: 37 } },
    { id: 'neuron-cl', label: 'Neuron Cl⁻', values: { ion: 'Cl', cin: 7, cout: 120, T: 37 } },
    { id: 'neuron-ca', label: 'Neuron Ca²⁺', values: { ion: 'Ca', cin: 0.0001, cout: 2, T: 37 } },
    {
      id: 'squid-k',
      label: 'Squid axon K⁺, 6.3 °C',
      values: { ion: 'K', cin: 400, cout: 20, T: 6.3 },
    },
    {
      id: 'hyperkalaemia',
      label: 'Hyperkalaemia K⁺',
      values: { ion: 'K', cin: 140, cout: 7, T: 37 },
    },
    {
      id: 'textbook-z',
      label: '450 out / 7.5 in',
      values: { ion: 'custom', z: 1, cin: 7.5, cout: 450, T: 37 },
    },
  ],
  describe: describeNernst,
  normalise: normaliseIon,
  View: lazy(() => import('./NernstView')),
};
