import { lazy } from 'react';
import { labelledPresets } from '../labelledPresets';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describePump, PUMP_WORDS } from './describe';
import { PUMP_PARAMS } from './pumpParams';

const NEURON = {
  Kin: 140,
  Kout: 5,
  Nain: 10,
  Naout: 145,
  PNa: 0.03,
  r: 1.5,
  Ip: 10,
  g: 5,
  T: 37,
} as const;

export const pumpWidget: WidgetDefinition = {
  id: 'pump',
  title: PUMP_WORDS.title,
  chapter: 'pump',
  summary: PUMP_WORDS.summary,
  params: PUMP_PARAMS,
  presets: labelledPresets(
    {
      neuron: NEURON,
      'no-pump-ratio': { ...NEURON, r: 1 },
      // Ip and g as in the neuron, so that this preset and "strong pump" never both match.
      squid: { Kin: 400, Kout: 20, Nain: 50, Naout: 440, PNa: 0.04, r: 1.5, Ip: 10, g: 5, T: 6.3 },
      'strong-pump': { Ip: 40 },
    },
    PUMP_WORDS.presets,
  ),
  describe: describePump,
  View: lazy(() => import('./PumpView')),
};
