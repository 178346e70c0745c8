import { PhysicsRangeError } from './PhysicsRangeError';

// Guards shared by every export. Each returns the value it checked, so a caller can
// write `const t = positive(fn, 'temperature', temperature, 'K')`.

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A finite number of any sign. */
export function finite(fn: string, parameter: string, value: unknown, unit = ''): number {
  if (!isFiniteNumber(value)) {
    throw new PhysicsRangeError(
      fn,
      parameter,
      `a finite number${unit ? ` in ${unit}` : ''}`,
      value,
    );
  }
  return value;
}

/** A finite number > 0. */
export function positive(fn: string, parameter: string, value: unknown, unit = ''): number {
  if (!isFiniteNumber(value) || value <= 0) {
    throw new PhysicsRangeError(
      fn,
      parameter,
      `a finite number > 0${unit ? ` ${unit}` : ''}`,
      value,
    );
  }
  return value;
}

/** A finite number ≥ 0. */
export function nonNegative(fn: string, parameter: string, value: unknown, unit = ''): number {
  if (!isFiniteNumber(value) || value < 0) {
    throw new PhysicsRangeError(
      fn,
      parameter,
      `a finite number ≥ 0${unit ? ` ${unit}` : ''}`,
      value,
    );
  }
  return value;
}

/** The largest |z| accepted: far beyond any ion, small enough that z·F·V stays finite. */
export const MAX_VALENCE = 100;

/** A valence: a non-zero integer, |z| ≤ 100. */
export function valence(fn: string, parameter: string, value: unknown): number {
  if (
    !isFiniteNumber(value) ||
    !Number.isInteger(value) ||
    value === 0 ||
    Math.abs(value) > MAX_VALENCE
  ) {
    throw new PhysicsRangeError(
      fn,
      parameter,
      `a non-zero integer between −${MAX_VALENCE} and ${MAX_VALENCE}`,
      value,
    );
  }
  return value;
}

/** A non-empty array. */
export function nonEmpty<T>(fn: string, parameter: string, value: readonly T[]): readonly T[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new PhysicsRangeError(fn, parameter, 'a non-empty array', value);
  }
  return value;
}

/**
 * A computed result must be finite: inputs that are each allowed can still combine
 * beyond floating-point range (a huge permeability times a huge voltage). Rather than
 * return ±Infinity, say which inputs did it.
 */
export function finiteResult(fn: string, inputs: string, value: number): number {
  if (!Number.isFinite(value)) {
    throw new PhysicsRangeError(
      fn,
      inputs,
      'small enough that the result is a finite number',
      value,
    );
  }
  return value;
}
