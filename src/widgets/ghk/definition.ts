import { lazy } from 'react';
import { labelledPresets } from '../labelledPresets';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describeGhk, GHK_WORDS } from './describe';
import { NEURON_AT_REST, THREE_ION_PARAMS } from './threeIonParams';

export const ghkWidget: WidgetDefinition = {
  id: 'ghk',
  title: GHK_WORDS.title,
  chapter: 'ghk',
  summary: GHK_WORDS.summary,
  params: THREE_ION_PARAMS,
  presets: labelledPresets(
    {
      neuron: NEURON_AT_REST,
      squid: {
        Kin: 400,
        Kout: 20,
        Nain: 50,
        Naout: 440,
        Clin: 52,
        Clout: 560,
        PNa: 0.04,
        PCl: 0.45,
        T: 6.3,
      },
      muscle: {
        Kin: 155,
        Kout: 4,
        Nain: 12,
        Naout: 145,
        Clin: 4,
        Clout: 120,
        PNa: 0.01,
        PCl: 2,
        T: 37,
      },
      glia: {
        Kin: 130,
        Kout: 4,
        Nain: 15,
        Naout: 145,
        Clin: 30,
        Clout: 120,
        PNa: 0.005,
        PCl: 0.05,
        T: 37,
      },
      hyperkalaemia: { ...NEURON_AT_REST, Kout: 8 },
      'ap-peak': { ...NEURON_AT_REST, PNa: 20 },
    },
    GHK_WORDS.presets,
  ),
  describe: describeGhk,
  View: lazy(() => import('./GhkView')),
};
