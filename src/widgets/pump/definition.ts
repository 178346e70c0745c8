import { lazy } from 'react';
import { PUMP_RATIO, REFERENCE_NEURON } from '../../physics';
import { labelledPresets } from '../labelledPresets';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describePump, PUMP_WORDS } from './describe';
import { PUMP_PARAMS } from './pumpParams';

/** The reference neuron with the 3 : 2 pump, in the sliders' units. */
const NEURON = {
  Kin: REFERENCE_NEURON.inside.K,
  Kout: REFERENCE_NEURON.outside.K,
  Nain: REFERENCE_NEURON.inside.Na,
  Naout: REFERENCE_NEURON.outside.Na,
  PNa: REFERENCE_NEURON.relativePermeability.Na,
  r: PUMP_RATIO,
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
      // About three times the neuron's P_Na: the pump must carry more current, and adds more.
      'leaky-sodium': { ...NEURON, PNa: 0.2 },
      squid: { Kin: 400, Kout: 20, Nain: 50, Naout: 440, PNa: 0.04, r: PUMP_RATIO, T: 6.3 },
    },
    PUMP_WORDS.presets,
  ),
  describe: describePump,
  View: lazy(() => import('./PumpView')),
};
