import { use } from 'react';
import type { WidgetDefinition } from './WidgetDefinition';

// Each widget's definition is a chunk of its own, found by its folder: the definition of
// widget <id> is the export <id>Widget of src/widgets/<id>/definition.ts (README, "A
// widget"; registry.test.ts checks it for every registered widget). A chapter or widget
// page so loads the definitions of the widgets it shows, not the whole registry.
const DEFINITIONS = import.meta.glob<Readonly<Record<string, WidgetDefinition>>>(
  './*/definition.ts',
);

// One load per widget for the page; React's use() needs the same promise on every render.
const loads = new Map<string, Promise<WidgetDefinition | undefined>>();

/** The definition of widget `id` (undefined if there is none), suspending while it loads. */
export function useWidgetDefinition(id: string): WidgetDefinition | undefined {
  let load = loads.get(id);
  if (!load) {
    const module = DEFINITIONS[`./${id}/definition.ts`];
    load = module ? module().then((exports) => exports[`${id}Widget`]) : Promise.resolve(undefined);
    loads.set(id, load);
  }
  return use(load);
}
