import type { Mistake, ProblemKind, ProblemParam } from '../ProblemKind';

/** Parameter helpers and diagnoses shared by the problem kinds. */
export const ZERO_CELSIUS = 273.15;

export const temperature: ProblemParam = {
  label: 'temperature',
  unit: '°C',
  redraw: { min: 5, max: 40, scale: 'linear', digits: 2 },
};

export function concentration(label: string, min: number, max: number): ProblemParam {
  return { label, unit: 'mM', redraw: { min, max, scale: 'log', digits: 2 } };
}

/** What the temperature in °C, used as if it were kelvin, does to a value ∝ T. */
export function celsiusAsKelvin(value: number, temperatureKelvin: number): Mistake[] {
  const celsius = temperatureKelvin - ZERO_CELSIUS;
  if (Math.abs(celsius) < 1) return [];
  return [
    {
      value: (value * celsius) / temperatureKelvin,
      message:
        'That is the value with the temperature in °C. The equation needs kelvin: T = θ + 273.15 K.',
    },
  ];
}

/** What forgetting to divide by the valence does to a value ∝ 1/z (no slip for z = ±1). */
export function valenceNotDivided(value: number, z: number, what: string): Mistake[] {
  if (Math.abs(z) === 1) return [];
  return [
    {
      value: value * z,
      message: `That is ${what} for z = ±1. Divide by the valence, z = ${z}.`,
    },
  ];
}

/** The checker's usual relative tolerance, 1 %. */
const DEFAULT_RELATIVE_TOLERANCE = 0.01;

/**
 * Keeps the mistakes whose value cannot be confused with the answer (their tolerance windows
 * are well apart); a slip that gives the right number here (z² = 1 for a monovalent ion, say)
 * is no mistake for these numbers.
 */
export function distinct(
  mistakes: readonly Mistake[],
  answer: number,
  tolerance: { relative?: number; absolute?: number } = {},
): Mistake[] {
  const window = (v: number) =>
    Math.max(
      (tolerance.relative ?? DEFAULT_RELATIVE_TOLERANCE) * Math.abs(v),
      tolerance.absolute ?? 0,
    );
  return mistakes.filter(
    (m) =>
      Number.isFinite(m.value) &&
      Math.abs(m.value - answer) > 2 * (window(answer) + window(m.value)),
  );
}

/** An answer in mV printed to 0.1 mV with its sign, as the membrane-potential problems ask. */
export function voltageAnswer(label: string): ProblemKind['answer'] {
  return { label, unit: 'mV', dimension: 'voltage', format: { decimals: 1, sign: true } };
}

/** Correct within 1 % or 0.2 mV, whichever is wider (near 0 mV, 1 % is no window at all). */
export const VOLTAGE_TOLERANCE = { relative: 0.01, absolute: 2e-4 };
