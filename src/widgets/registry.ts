import { energyWidget } from './energy/definition';
import { equilibrationWidget } from './equilibration/definition';
import { ghkWidget } from './ghk/definition';
import { ivWidget } from './iv/definition';
import { selectivityWidget } from './selectivity/definition';
import { nernstWidget } from './nernst/definition';
import { pumpWidget } from './pump/definition';
import { rundownWidget } from './rundown/definition';
import { activityWidget } from './activity/definition';
import { capacitorWidget } from './capacitor/definition';
import { debyeWidget } from './debye/definition';
import type { WidgetDefinition } from './WidgetDefinition';

/**
 * Every widget, registered once. The contents page, the browser tests and the benchmarks
 * read this list; chapters (the <Widget> tag) and the presentation and embed routes load
 * only the widget they show, from its folder (useWidgetDefinition).
 */
export const WIDGETS: readonly WidgetDefinition[] = [
  nernstWidget,
  equilibrationWidget,
  energyWidget,
  ghkWidget,
  ivWidget,
  selectivityWidget,
  activityWidget,
  debyeWidget,
  capacitorWidget,
  pumpWidget,
  rundownWidget,
];
