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
 * Every widget, registered once. Chapters (the <Widget> tag), the presentation and embed
 * routes, the contents page, the browser tests and the benchmarks all read this list.
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

export function findWidget(id: string): WidgetDefinition | undefined {
  return WIDGETS.find((widget) => widget.id === id);
}
