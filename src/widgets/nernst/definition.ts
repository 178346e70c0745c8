import { lazy } from 'react';
import { ION_PARAMS, normaliseIon } from '../ionParams';
import { labelledPresets } from '../labelledPresets';
import type { Param } from '../params';
import { TEXTBOOK_GRADIENTS } from '../textbookGradients';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describeNernst, NERNST_WORDS } from './describe';

export const NERNST_PARAMS: readonly Param[] = ION_PARAMS;

export const nernstWidget: WidgetDefinition = {
  id: 'nernst',
  title: NERNST_WORDS.title,
  chapter: 'nernst',
  summary: NERNST_WORDS.summary,
  params: NERNST_PARAMS,
  presets: labelledPresets(
    {
      'neuron-k': TEXTBOOK_GRADIENTS.neuronK,
      'neuron-na': TEXTBOOK_GRADIENTS.neuronNa,
      'neuron-cl': TEXTBOOK_GRADIENTS.neuronCl,
      'neuron-ca': TEXTBOOK_GRADIENTS.neuronCa,
      'squid-k': TEXTBOOK_GRADIENTS.squidK,
      hyperkalaemia: { ...TEXTBOOK_GRADIENTS.neuronK, cout: 7 },
      'textbook-z': { ion: 'custom', z: 1, cin: 7.5, cout: 450, T: 37 },
    },
    NERNST_WORDS.presets,
  ),
  describe: describeNernst,
  normalise: normaliseIon,
  View: lazy(() => import('./NernstView')),
};
