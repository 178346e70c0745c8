import type { Preset } from './WidgetDefinition';

/**
 * A widget's presets from their values (in definition.ts) and their labels (in
 * describe.ts), both keyed by the preset's id, in the order of `values`. The types make
 * a preset without a label, or a label without a preset, fail the typecheck.
 */
export function labelledPresets<Id extends string>(
  values: Readonly<Record<Id, Preset['values']>>,
  labels: Readonly<Record<Id, string>>,
): Preset[] {
  return (Object.keys(values) as Id[]).map((id) => ({ id, label: labels[id], values: values[id] }));
}
