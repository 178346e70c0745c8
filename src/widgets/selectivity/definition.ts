import { lazy } from 'react';
import { labelledPresets } from '../labelledPresets';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describeSelectivity, SELECTIVITY_WORDS } from './describe';
import { SELECTIVITY_PARAMS } from './selectivityParams';

export const selectivityWidget: WidgetDefinition = {
  id: 'selectivity',
  title: SELECTIVITY_WORDS.title,
  chapter: 'ghk',
  summary: SELECTIVITY_WORDS.summary,
  params: SELECTIVITY_PARAMS,
  presets: labelledPresets(
    {
      kcsa: { ion: 'Na', cavity: 0.133 },
      'small-cavity': { ion: 'Na', cavity: 0.095 },
      'large-cavity': { ion: 'Cs', cavity: 0.17 },
    },
    SELECTIVITY_WORDS.presets,
  ),
  describe: describeSelectivity,
  View: lazy(() => import('./SelectivityView')),
};
