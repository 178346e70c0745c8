import { lazy } from 'react';
import { labelledPresets } from '../labelledPresets';
import type { WidgetState } from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';
import { ACTIVITY_PARAMS } from './activityParams';
import { ACTIVITY_WORDS, describeActivity } from './describe';

/** z = 0 is not offered (the URL or a field may still ask for it): it becomes +1. */
export function normaliseActivity(state: WidgetState): WidgetState {
  return state.z === 0 ? { ...state, z: 1 } : state;
}

/** The neuron's K⁺ gradient at 37 °C, which most presets keep. */
const neuronK = { z: 1, cin: 140, cout: 4, T: 37 };

export const activityWidget: WidgetDefinition = {
  id: 'activity',
  title: ACTIVITY_WORDS.title,
  chapter: 'activity',
  summary: ACTIVITY_WORDS.summary,
  params: ACTIVITY_PARAMS,
  presets: labelledPresets(
    {
      'neuron-k': { ...neuronK, gin: 0.6, gout: 0.75, I: 150 },
      'equal-gamma': { ...neuronK, gin: 0.75, gout: 0.75, I: 150 },
      calcium: { z: 2, cin: 0.0001, cout: 2, gin: 0.3, gout: 0.35, I: 150, T: 37 },
      dilute: { ...neuronK, gin: 0.965, gout: 0.965, I: 1 },
    },
    ACTIVITY_WORDS.presets,
  ),
  describe: describeActivity,
  normalise: normaliseActivity,
  View: lazy(() => import('./ActivityView')),
};
