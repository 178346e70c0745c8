import type { Mistake, ProblemKind, ProblemParam } from '../ProblemKind';

/** Parameter helpers and diagnoses shared by the problem kinds. */
export const ZERO_CELSIUS = 273.15;

/**
 * A parameter in `unit` that "New numbers" redraws from min–max, uniformly ('linear') or
 * log-uniformly ('log'), to 3 significant digits.
 */
export function redrawnParam(
  label: string,
  unit: string,
  min: number,
  max: number,
  scale: 'linear' | 'log',
): ProblemParam {
  return { label, unit, redraw: { min, max, scale, digits: 3 } };
}

export const temperature = redrawnParam('temperature', '°C', 5, 40, 'linear');

export function concentration(label: string, min: number, max: number): ProblemParam {
  return redrawnParam(label, 'mM', min, max, 'log');
}

/** What the temperature in °C, used as if it were kelvin, does to a value ∝ T. */
export function celsiusAsKelvin(value: number, temperatureKelvin: number): Mistake[] {
  const celsius = temperatureKelvin - ZERO_CELSIUS;
  if (Math.abs(celsius) < 1) return [];
  return [
    { value: (value * celsius) / temperatureKelvin, code: 'celsius', note: 'T = θ + 273.15 K.' },
  ];
}

/** What forgetting to divide by the valence does to a value ∝ 1/z (no slip for z = ±1). */
export function valenceNotDivided(value: number, z: number, what: string): Mistake[] {
  if (Math.abs(z) === 1) return [];
  return [
    {
      value: value * z,
      code: 'valence',
      note: `That is ${what} for z = ±1. Divide by the valence, z = ${z}.`,
    },
  ];
}

/** The checker's usual relative tolerance, 1 %. */
const DEFAULT_RELATIVE_TOLERANCE = 0.01;

/**
 * Keeps the mistakes whose value cannot be confused with the answer (their tolerance windows
 * are well apart); a slip that gives the right number here (z² = 1 for a monovalent ion, say)
 * is no mistake for these numbers. `margin` is how many times the two windows together the
 * gap must exceed: 2 by default; 1, windows that merely do not overlap, is the least at which
 * the checker can tell a mistake from the answer (a wrong method a little off the answer).
 */
export function distinct(
  mistakes: readonly Mistake[],
  answer: number,
  tolerance: { relative?: number; absolute?: number } = {},
  margin = 2,
): Mistake[] {
  const window = (v: number) =>
    Math.max(
      (tolerance.relative ?? DEFAULT_RELATIVE_TOLERANCE) * Math.abs(v),
      tolerance.absolute ?? 0,
    );
  return mistakes.filter(
    (m) =>
      Number.isFinite(m.value) &&
      Math.abs(m.value - answer) > margin * (window(answer) + window(m.value)),
  );
}

/** An answer in mV printed to 0.1 mV with its sign, as the membrane-potential problems ask. */
export function voltageAnswer(label: string): ProblemKind['answer'] {
  return { label, unit: 'mV', dimension: 'voltage', format: { decimals: 1, sign: true } };
}

/** Correct within 1 % or 0.2 mV, whichever is wider (near 0 mV, 1 % is no window at all). */
export const VOLTAGE_TOLERANCE = { relative: 0.01, absolute: 2e-4 };

/**
 * What the two logarithm slips do to a value ∝ ln(ratio), such as (RT/zF)·ln(c_out/c_in):
 * log₁₀ in place of ln divides it by ln 10 ≈ 2.303; ln with the tenfold slope (RT/zF)·ln 10
 * (61.5 mV at 37 °C) multiplies it by ln 10.
 */
export function logarithmSlips(value: number): Mistake[] {
  return [
    {
      value: value / Math.LN10,
      code: 'log-base',
      note: 'Either use ln, or multiply by ln 10 ≈ 2.303.',
    },
    { value: value * Math.LN10, code: 'ln-decade' },
  ];
}

/**
 * The usual slips in a value ∝ T·ln(ratio), such as (RT/zF)·ln(c_out/c_in): the two logarithm
 * slips, then the temperature in °C used as if it were kelvin.
 */
export function logarithmAndCelsiusSlips(value: number, temperatureKelvin: number): Mistake[] {
  return [...logarithmSlips(value), ...celsiusAsKelvin(value, temperatureKelvin)];
}

/**
 * The mistakes the checker can tell from the answer: those whose tolerance window does not
 * overlap the answer's, so that a wrong method a little off the answer (Cl⁻ left out of the
 * GHK sums, 2 mV from V_m) is named and not called a rounding slip.
 */
export function distinguishable(
  mistakes: readonly Mistake[],
  answer: number,
  tolerance: { relative?: number; absolute?: number } = {},
): Mistake[] {
  return distinct(mistakes, answer, tolerance, 1);
}
