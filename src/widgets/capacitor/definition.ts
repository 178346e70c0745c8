import { lazy } from 'react';
import { labelledPresets } from '../labelledPresets';
import type { WidgetDefinition } from '../WidgetDefinition';
import { CAPACITOR_WORDS, describeCapacitor } from './describe';
import { CAPACITOR_PARAMS } from './capacitorParams';

const cell10 = { V: -70, r: 10, c: 140 };

export const capacitorWidget: WidgetDefinition = {
  id: 'capacitor',
  title: CAPACITOR_WORDS.title,
  chapter: 'debye',
  summary: CAPACITOR_WORDS.summary,
  params: CAPACITOR_PARAMS,
  presets: labelledPresets(
    {
      neuron: { ...cell10, d: 5, er: 2 },
      measured: { ...cell10, d: 4.4, er: 5 },
      'small-cell': { ...cell10, d: 4.4, er: 5, r: 0.5 },
      myelin: { ...cell10, d: 100, er: 2 },
    },
    CAPACITOR_WORDS.presets,
  ),
  describe: describeCapacitor,
  View: lazy(() => import('./CapacitorView')),
};
