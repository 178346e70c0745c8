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
      // Each block preset starts its block: it sets the pump blocked, as the button does.
      ouabain: { block: 30, speed: 60, share: 1, pump: 'blocked' },
      'ischaemia-5min': { block: 5, speed: 60, share: 1, pump: 'blocked' },
      'low-dose': { block: 10, speed: 60, share: 0.5, pump: 'blocked' },
      fast: { speed: 300 },
    },
    RUNDOWN_WORDS.presets,
  ),
  describe: describeRundown,
  View: lazy(() => import('./RundownView')),
};
