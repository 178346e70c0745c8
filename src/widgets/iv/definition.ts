import { lazy } from 'react';
import { NEURON_AT_REST } from '../ghk/threeIonParams';
import { labelledPresets } from '../labelledPresets';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describeIv, IV_WORDS } from './describe';
import { IV_PARAMS } from './ivParams';

export const ivWidget: WidgetDefinition = {
  id: 'iv',
  title: IV_WORDS.title,
  chapter: 'ghk',
  summary: IV_WORDS.summary,
  params: IV_PARAMS,
  presets: labelledPresets(
    {
      neuron: { ...NEURON_AT_REST, PCa: 0.0001 },
      'neuron-ca': { ...NEURON_AT_REST, Cain: 0.0001, Caout: 2, PCa: 0.01 },
      rectification: { Kin: 140, Kout: 4, PNa: 0.0001, PCl: 0.0001, PCa: 0.0001, T: 37 },
      symmetric: { Kin: 140, Kout: 140, PNa: 0.0001, PCl: 0.0001, PCa: 0.0001, T: 37 },
    },
    IV_WORDS.presets,
  ),
  describe: describeIv,
  View: lazy(() => import('./IvView')),
};
