import { lazy } from 'react';
import { labelledPresets } from '../labelledPresets';
import type { WidgetDefinition } from '../WidgetDefinition';
import { describeRundown, RUNDOWN_WORDS } from './describe';
import { RUNDOWN_PARAMS } from './rundownParams';

export const rundownWidget: WidgetDefinition = {
  id: 'rundown',
  title: RUNDOWN_WORDS.title,
  chapter: 'pump',
  summary: RUNDOWN_WORDS.summary,
  params: RUNDOWN_PARAMS,
  presets: labelledPresets(
    {
      ouabain: { block: 30, speed: 60 },
      'ischaemia-5min': { block: 5, speed: 60 },
      fast: { speed: 300 },
    },
    RUNDOWN_WORDS.presets,
  ),
  describe: describeRundown,
  View: lazy(() => import('./RundownView')),
};
