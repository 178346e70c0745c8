import { useCallback, useMemo, useState } from 'react';
import { withDisplayValues, type WidgetState } from './params';
import { stateWithValue } from './stateWithValue';
import type { WidgetDefinition } from './WidgetDefinition';

/**
 * A widget's state, in SI, with the operations its controls need. It is the one place
 * the state changes: every change is clamped to the parameter's range and normalised.
 */
export function useWidgetState(definition: WidgetDefinition, initial: WidgetState) {
  const [state, setState] = useState(initial);
  const normalise = useCallback(
    (next: WidgetState, given: ReadonlySet<string>) =>
      definition.normalise ? definition.normalise(next, given) : next,
    [definition],
  );

  const set = useCallback(
    (key: string, value: number | string) =>
      setState((previous) => stateWithValue(definition, previous, key, value)),
    [definition],
  );

  // Also takes an update of the previous state, so a control's handler can stay the same
  // function from one render to the next (and a memoised control need not re-render).
  const replace = useCallback(
    (next: WidgetState | ((previous: WidgetState) => WidgetState)) =>
      setState((previous) => {
        const value = typeof next === 'function' ? next(previous) : next;
        return normalise(value, new Set(Object.keys(value)));
      }),
    [normalise],
  );

  const applyPreset = useCallback(
    (id: string) => {
      const preset = definition.presets.find((p) => p.id === id);
      if (!preset) return;
      setState((previous) =>
        normalise(
          withDisplayValues(definition.params, previous, preset.values),
          new Set(Object.keys(preset.values)),
        ),
      );
    },
    [definition, normalise],
  );

  const activePreset = useMemo(
    () =>
      definition.presets.find((preset) => {
        const applied = withDisplayValues(definition.params, state, preset.values);
        return Object.keys(preset.values).every((key) => sameValue(applied[key], state[key]));
      })?.id ?? null,
    [definition, state],
  );

  return { state, set, replace, applyPreset, activePreset };
}

function sameValue(a: number | string | undefined, b: number | string | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);
  }
  return a === b;
}
