import { lazy } from 'react';
import { ION_PARAMS, normaliseIon } from '../ionParams';
import { labelledPresets } from '../labelledPresets';
import { TEXTBOOK_GRADIENTS } from '../textbookGradients';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describeEquilibration, EQUILIBRATION_WORDS } from './describe';

export const equilibrationWidget: WidgetDefinition = {
  id: 'equilibration',
  title: EQUILIBRATION_WORDS.title,
  chapter: 'nernst',
  summary: EQUILIBRATION_WORDS.summary,
  params: ION_PARAMS,
  presets: labelledPresets(
    {
      'neuron-k': TEXTBOOK_GRADIENTS.neuronK,
      'neuron-na': TEXTBOOK_GRADIENTS.neuronNa,
      'neuron-cl': TEXTBOOK_GRADIENTS.neuronCl,
      'squid-k': TEXTBOOK_GRADIENTS.squidK,
    },
    EQUILIBRATION_WORDS.presets,
  ),
  describe: describeEquilibration,
  normalise: normaliseIon,
  View: lazy(() => import('./EquilibrationView')),
};
