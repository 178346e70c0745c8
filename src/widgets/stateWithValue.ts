import { clampDisplay, paramFromSI, paramToSI, type WidgetState } from './params';
import type { WidgetDefinition } from './WidgetDefinition';

/**
 * The state after a control sets `key` to `value` (SI): a number is clamped to the
 * parameter's range, and the result is normalised. When nothing changes (an unknown key,
 * a non-finite number, or the value the state already holds) it is the same object, so
 * React skips the render. That case is common: a range input reports a keyboard step twice
 * (on `input` and on `change`), and a log slider's value, rounded to three digits, is
 * never quite on the input's step grid, so React sees the second report as a change too.
 */
export function stateWithValue(
  definition: Pick<WidgetDefinition, 'params' | 'normalise'>,
  state: WidgetState,
  key: string,
  value: number | string,
): WidgetState {
  const param = definition.params.find((p) => p.key === key);
  if (!param) return state;
  let next: number | string = value;
  if (param.kind === 'number' && typeof value === 'number') {
    if (!Number.isFinite(value)) return state;
    next = paramToSI(param, clampDisplay(param, paramFromSI(param, value)));
  }
  if (state[key] === next) return state;
  const changed = { ...state, [key]: next };
  return definition.normalise ? definition.normalise(changed, new Set([key])) : changed;
}
