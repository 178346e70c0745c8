import { lazy } from 'react';
import { REFERENCE_NEURON } from '../../physics';
import { NEURON_AT_REST } from '../ghk/threeIonParams';
import { labelledPresets } from '../labelledPresets';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describeIv, IV_WORDS } from './describe';
import { IV_PARAMS } from './ivParams';

const { inside, outside } = REFERENCE_NEURON;
// The K⁺-only presets keep the neuron's K⁺ and temperature.
const { Kin, Kout, T } = NEURON_AT_REST;

export const ivWidget: WidgetDefinition = {
  id: 'iv',
  title: IV_WORDS.title,
  chapter: 'ghk',
  summary: IV_WORDS.summary,
  params: IV_PARAMS,
  presets: labelledPresets(
    {
      neuron: { ...NEURON_AT_REST, PCa: 0.0001 },
      'neuron-ca': { ...NEURON_AT_REST, Cain: inside.Ca, Caout: outside.Ca, PCa: 0.01 },
      rectification: { Kin, Kout, PNa: 0.0001, PCl: 0.0001, PCa: 0.0001, T },
      symmetric: { Kin, Kout: Kin, PNa: 0.0001, PCl: 0.0001, PCa: 0.0001, T },
    },
    IV_WORDS.presets,
  ),
  describe: describeIv,
  View: lazy(() => import('./IvView')),
};
