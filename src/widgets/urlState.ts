import type { LinkRoute } from '../common/route';
import type { WidgetDefinition } from './WidgetDefinition';
import { formatPlain } from '../units';
import {
  clampDisplay,
  defaultState,
  paramFromSI,
  paramToSI,
  type Param,
  type WidgetState,
} from './params';

/** A plain decimal number, as URLs carry them: -70, 7.5, .5, 1e-7. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Longest URL value read; anything longer is ignored as hostile or mistaken. */
const MAX_VALUE_LENGTH = 32;

export type DecodedState = {
  state: WidgetState;
  /** one sentence per value that was ignored or clamped, for the page's notice line */
  notices: string[];
  /** the keys the URL set (and were used) */
  given: Set<string>;
};

/**
 * Reads a widget's state from URL parameters in the reader's units. Unknown keys are
 * ignored; a value that is not a finite number (or not an offered choice) falls back to the
 * default, and one outside the range is clamped; each says so in a notice. Notices never
 * quote the value, so nothing from the URL is ever shown.
 */
export function decodeState(params: readonly Param[], search: URLSearchParams): DecodedState {
  const state = defaultState(params);
  const notices: string[] = [];
  const given = new Set<string>();
  for (const param of params) {
    const raw = search.get(param.key);
    if (raw === null) continue;
    if (raw.length > MAX_VALUE_LENGTH) {
      notices.push(`Ignored “${param.key}”: the value is too long; using the default.`);
      continue;
    }
    if (param.kind === 'choice') {
      if (param.options.some((o) => o.value === raw)) {
        state[param.key] = raw;
        given.add(param.key);
      } else {
        notices.push(`Ignored “${param.key}”: not one of the choices; using the default.`);
      }
      continue;
    }
    // Plain decimals only: Number() would also read '0x10', '0b11' and '' as numbers.
    const value = DECIMAL.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value)) {
      notices.push(`Ignored “${param.key}”: not a number; using the default.`);
      continue;
    }
    const clamped = clampDisplay(param, value);
    if (clamped !== value) {
      const range = `${formatPlain(param.min)}–${formatPlain(param.max)}${param.unit ? ` ${param.unit}` : ''}`;
      notices.push(`Adjusted “${param.key}” into its range, ${range}.`);
    }
    state[param.key] = paramToSI(param, clamped);
    given.add(param.key);
  }
  return { state, notices, given };
}

/** Writes a state as URL parameters in the reader's units, in the parameters' order. */
export function encodeState(params: readonly Param[], state: WidgetState): string {
  return stateSearch(params, state).toString();
}

/** The presentation or embed page of a widget in a state: what a copied link opens. */
export function widgetRoute(
  page: 'present' | 'embed',
  definition: Pick<WidgetDefinition, 'id' | 'params'>,
  state: WidgetState,
): LinkRoute {
  return { page, widget: definition.id, search: stateSearch(definition.params, state) };
}

function stateSearch(params: readonly Param[], state: WidgetState): URLSearchParams {
  const search = new URLSearchParams();
  for (const param of params) {
    const value = state[param.key];
    if (value === undefined) continue;
    if (param.kind === 'choice') search.set(param.key, String(value));
    else search.set(param.key, formatPlain(paramFromSI(param, Number(value)), param.digits ?? 4));
  }
  return search;
}
