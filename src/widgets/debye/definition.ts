import { lazy } from 'react';
import { labelledPresets } from '../labelledPresets';
import type { WidgetDefinition } from '../WidgetDefinition';
import { DEBYE_PARAMS } from './debyeParams';
import { DEBYE_WORDS, describeDebye } from './describe';

const physiological = { T: 37, er: 74.15 };

export const debyeWidget: WidgetDefinition = {
  id: 'debye',
  title: DEBYE_WORDS.title,
  chapter: 'debye',
  summary: DEBYE_WORDS.summary,
  params: DEBYE_PARAMS,
  presets: labelledPresets(
    {
      physiological: { I: 150, ...physiological },
      dilute: { I: 1, ...physiological },
      seawater: { I: 700, ...physiological },
      'pure-water': { I: 0.0001, ...physiological },
    },
    DEBYE_WORDS.presets,
  ),
  describe: describeDebye,
  View: lazy(() => import('./DebyeView')),
};
