import { lazy } from 'react';
import { ION_PARAMS, normaliseIon } from '../ionParams';
import { labelledPresets } from '../labelledPresets';
import type { Param } from '../params';
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
      'neuron-k': { ion: 'K', cin: 140, cout: 4, T: 37 },
      'neuron-na': { ion: 'Na', cin: 12, cout: 145, T: 37 },
      'neuron-cl': { ion: 'Cl', cin: 7, cout: 120, T: 37 },
      'neuron-ca': { ion: 'Ca', cin: 0.0001, cout: 2, T: 37 },
      'squid-k': { ion: 'K', cin: 400, cout: 20, T: 6.3 },
      hyperkalaemia: { ion: 'K', cin: 140, cout: 7, T: 37 },
      'textbook-z': { ion: 'custom', z: 1, cin: 7.5, cout: 450, T: 37 },
    },
    NERNST_WORDS.presets,
  ),
  describe: describeNernst,
  normalise: normaliseIon,
  View: lazy(() => import('./NernstView')),
};
