import { describe, expect, test } from 'vitest';
import { WIDGETS } from './registry';

const definitions = import.meta.glob<Readonly<Record<string, unknown>>>('./*/definition.ts');

describe('pages find a widget by its folder (useWidgetDefinition)', () => {
  test.each(WIDGETS.map((widget) => [widget.id, widget] as const))(
    'the %s widget is the export <id>Widget of src/widgets/<id>/definition.ts',
    async (id, widget) => {
      const load = definitions[`./${id}/definition.ts`];
      expect(load, `src/widgets/${id}/definition.ts`).toBeDefined();
      expect((await load!())[`${id}Widget`]).toBe(widget);
    },
  );

  test('every widget folder with a definition is registered', () => {
    const folders = Object.keys(definitions).map((path) => path.split('/')[1]);
    expect(folders.sort()).toEqual(WIDGETS.map((widget) => widget.id).sort());
  });
});
