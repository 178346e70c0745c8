import { lazy } from 'react';
import { ION_PARAMS, normaliseIon } from '../ionParams';
import { labelledPresets } from '../labelledPresets';
import type { Param } from '../params';
import { TEXTBOOK_GRADIENTS } from '../textbookGradients';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describeEnergy, ENERGY_WORDS } from './describe';
import { MEMBRANE_POTENTIAL_PARAM } from './membranePotentialParam';

export const ENERGY_PARAMS: readonly Param[] = [...ION_PARAMS, MEMBRANE_POTENTIAL_PARAM];

export const energyWidget: WidgetDefinition = {
  id: 'energy',
  title: ENERGY_WORDS.title,
  chapter: 'nernst',
  summary: ENERGY_WORDS.summary,
  params: ENERGY_PARAMS,
  presets: labelledPresets(
    {
      'neuron-k': { ...TEXTBOOK_GRADIENTS.neuronK, V: -70 },
      'neuron-na': { ...TEXTBOOK_GRADIENTS.neuronNa, V: -70 },
      'neuron-cl': { ...TEXTBOOK_GRADIENTS.neuronCl, V: -70 },
      'k-at-ek': { ...TEXTBOOK_GRADIENTS.neuronK, V: -95 },
      'pump-work': { ...TEXTBOOK_GRADIENTS.neuronK, cin: 145, V: 0 },
    },
    ENERGY_WORDS.presets,
  ),
  describe: describeEnergy,
  normalise: normaliseIon,
  View: lazy(() => import('./EnergyView')),
};
