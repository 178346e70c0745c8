import { fromSI, toSI, type Dimension } from '../units';

/**
 * A widget's parameters: what its controls set, its URL keys, and their ranges. Values in
 * a widget's state are SI (mM for concentrations); `unit`, `min`, `max` and `default` are
 * in the reader's unit, the one shown beside the slider and written in URLs.
 */
export type NumberParam = {
  kind: 'number';
  key: string;
  label: string;
  unit: string;
  dimension: Dimension;
  min: number;
  max: number;
  default: number;
  scale?: 'linear' | 'log';
  step?: number;
  integer?: boolean;
  /** significant digits in fields and URLs */
  digits?: number;
};

export type ChoiceParam = {
  kind: 'choice';
  key: string;
  label: string;
  options: readonly { value: string; label: string }[];
  default: string;
};

export type Param = NumberParam | ChoiceParam;

/** A widget's state: SI numbers and choice strings, keyed by parameter key. */
export type WidgetState = Record<string, number | string>;

/** A reader-unit value → SI. */
export function paramToSI(param: NumberParam, display: number): number {
  return param.unit ? toSI(display, param.unit) : display;
}

/** An SI value → the reader's unit. */
export function paramFromSI(param: NumberParam, si: number): number {
  return param.unit ? fromSI(si, param.unit) : si;
}

/** Clamps a reader-unit value into the parameter's range (and to an integer if asked). */
export function clampDisplay(param: NumberParam, display: number): number {
  const clamped = Math.min(param.max, Math.max(param.min, display));
  return param.integer ? Math.round(clamped) : clamped;
}

/** The state with every parameter at its default. */
export function defaultState(params: readonly Param[]): WidgetState {
  const state: WidgetState = {};
  for (const param of params) {
    state[param.key] = param.kind === 'number' ? paramToSI(param, param.default) : param.default;
  }
  return state;
}

/** Applies reader-unit values (a preset's, a URL's) onto a state, clamped. */
export function withDisplayValues(
  params: readonly Param[],
  state: WidgetState,
  values: Readonly<Record<string, number | string>>,
): WidgetState {
  const next = { ...state };
  for (const param of params) {
    const value = values[param.key];
    if (value === undefined) continue;
    if (param.kind === 'number' && typeof value === 'number' && Number.isFinite(value)) {
      next[param.key] = paramToSI(param, clampDisplay(param, value));
    } else if (param.kind === 'choice' && param.options.some((o) => o.value === value)) {
      next[param.key] = value;
    }
  }
  return next;
}

/** Reads a number from a state, for widgets' typed views of it. */
export function numberOf(state: WidgetState, key: string): number {
  const value = state[key];
  if (typeof value !== 'number') throw new Error(`widget state has no number "${key}"`);
  return value;
}

/** A concentration on a log slider, 10 nM to 1 M. */
export function concentrationParam(key: string, label: string, fallback: number): NumberParam {
  return {
    kind: 'number',
    key,
    label,
    unit: 'mM',
    dimension: 'concentration',
    min: 1e-5,
    max: 1000,
    default: fallback,
    scale: 'log',
  };
}

/** Temperature in °C, 0–45, default 37. */
export const TEMPERATURE_PARAM: NumberParam = {
  kind: 'number',
  key: 'T',
  label: 'Temperature',
  unit: '°C',
  dimension: 'temperature',
  min: 0,
  max: 45,
  default: 37,
  step: 0.1,
};

/** A permeability relative to P_K, on a log slider from 10⁻⁴ (practically none) to 100. */
export function relativePermeabilityParam(
  key: string,
  label: string,
  fallback: number,
): NumberParam {
  return {
    kind: 'number',
    key,
    label,
    unit: '',
    dimension: 'dimensionless',
    min: 1e-4,
    max: 100,
    default: fallback,
    scale: 'log',
  };
}
