// Test helpers shared by the widgets' definition tests.
import fc from 'fast-check';
import { defaultState, paramToSI, withDisplayValues, type Param, type WidgetState } from './params';
import type { WidgetDefinition } from './WidgetDefinition';

/** Any in-range state of these params (SI), log parameters drawn evenly in the log. */
export function inRangeStates(params: readonly Param[]): fc.Arbitrary<WidgetState> {
  const fields: Record<string, fc.Arbitrary<number | string>> = {};
  for (const param of params) {
    if (param.kind === 'choice') {
      fields[param.key] = fc.constantFrom(...param.options.map((o) => o.value));
    } else if (param.integer) {
      fields[param.key] = fc.integer({ min: param.min, max: param.max });
    } else if (param.scale === 'log') {
      const [lo, hi] = [Math.log(param.min), Math.log(param.max)];
      fields[param.key] = fc
        .double({ min: 0, max: 1, noNaN: true })
        .map((u) => Math.min(param.max, Math.max(param.min, Math.exp(lo + u * (hi - lo)))));
    } else {
      fields[param.key] = fc.double({ min: param.min, max: param.max, noNaN: true });
    }
  }
  return fc.record(fields).map((display) => {
    const state: WidgetState = {};
    for (const param of params) {
      const value = display[param.key]!;
      state[param.key] = param.kind === 'number' ? paramToSI(param, value as number) : value;
    }
    return state;
  });
}

/** The state a preset gives from `from` (defaults if not given), as the widget host applies it. */
export function presetState(
  widget: WidgetDefinition,
  id: string,
  from: WidgetState = defaultState(widget.params),
): WidgetState {
  const preset = widget.presets.find((p) => p.id === id);
  if (!preset) throw new Error(`${widget.id} has no preset "${id}"`);
  const state = withDisplayValues(widget.params, from, preset.values);
  return widget.normalise ? widget.normalise(state, new Set(Object.keys(preset.values))) : state;
}

/** The first preset whose values the state matches, as the host marks it pressed. */
export function activePreset(widget: WidgetDefinition, state: WidgetState): string | null {
  const same = (a: unknown, b: unknown) =>
    typeof a === 'number' && typeof b === 'number'
      ? Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12)
      : a === b;
  return (
    widget.presets.find((preset) => {
      const applied = withDisplayValues(widget.params, state, preset.values);
      return Object.keys(preset.values).every((key) => same(applied[key], state[key]));
    })?.id ?? null
  );
}

/** Problems with the presets: unknown keys, values out of range or not integers. */
export function presetProblems(widget: WidgetDefinition): string[] {
  const problems: string[] = [];
  for (const preset of widget.presets) {
    for (const [key, value] of Object.entries(preset.values)) {
      const param = widget.params.find((p) => p.key === key);
      if (!param) problems.push(`${preset.id}: unknown key ${key}`);
      else if (param.kind === 'number') {
        if (typeof value !== 'number' || value < param.min || value > param.max) {
          problems.push(`${preset.id}: ${key} = ${value} is outside ${param.min}…${param.max}`);
        } else if (param.integer && !Number.isInteger(value)) {
          problems.push(`${preset.id}: ${key} = ${value} is not an integer`);
        }
      }
    }
  }
  return problems;
}
