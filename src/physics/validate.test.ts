// Unit tests of the input guards: each returns the value it checked, and otherwise throws a
// PhysicsRangeError (a RangeError) reading `fn: parameter must be rule (got value)`.
import { describe, expect, test } from 'vitest';
import { PhysicsRangeError } from './PhysicsRangeError';
import {
  finite,
  finiteResult,
  MAX_VALENCE,
  nonEmpty,
  nonNegative,
  positive,
  valence,
} from './validate';

/** Runs the call, expects a PhysicsRangeError (so a RangeError) and returns its message. */
function rejectionMessage(call: () => unknown): string {
  let error: unknown;
  try {
    call();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RangeError);
  expect(error).toBeInstanceOf(PhysicsRangeError);
  return (error as RangeError).message;
}

describe('finite', () => {
  test('finite returns the value it checked, of either sign, including 0 and −0', () => {
    for (const value of [-3.5, 0, 1e308, -Number.MIN_VALUE]) {
      expect(finite('f', 'x', value)).toBe(value);
    }
    expect(Object.is(finite('f', 'x', -0), -0)).toBe(true);
  });

  test('finite rejects NaN, ±Infinity and a numeric string with "fn: parameter must be a finite number in unit (got value)"', () => {
    expect(rejectionMessage(() => finite('membraneField', 'voltage', NaN, 'V'))).toBe(
      'membraneField: voltage must be a finite number in V (got NaN)',
    );
    expect(rejectionMessage(() => finite('f', 'x', -Infinity))).toBe(
      'f: x must be a finite number (got -Infinity)',
    );
    expect(rejectionMessage(() => finite('f', 'x', '3'))).toBe(
      'f: x must be a finite number (got "3")',
    );
  });
});

describe('positive and nonNegative', () => {
  test('positive returns every finite value > 0, down to the smallest subnormal, and rejects 0 naming fn, parameter and unit', () => {
    expect(positive('f', 'x', Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
    expect(positive('f', 'x', 310.15, 'K')).toBe(310.15);
    expect(rejectionMessage(() => positive('thermalVoltage', 'temperature', 0, 'K'))).toBe(
      'thermalVoltage: temperature must be a finite number > 0 K (got 0)',
    );
    expect(rejectionMessage(() => positive('f', 'x', Infinity))).toBe(
      'f: x must be a finite number > 0 (got Infinity)',
    );
  });

  test('nonNegative accepts 0 and rejects the negative number nearest to 0', () => {
    expect(nonNegative('f', 'x', 0)).toBe(0);
    expect(nonNegative('f', 'x', 2.5)).toBe(2.5);
    expect(
      rejectionMessage(() => nonNegative('pumpCurrent', 'pump.pumps', -Number.MIN_VALUE)),
    ).toBe('pumpCurrent: pump.pumps must be a finite number ≥ 0 (got -5e-324)');
    expect(rejectionMessage(() => nonNegative('f', 'permeability', NaN, 'm/s'))).toBe(
      'f: permeability must be a finite number ≥ 0 m/s (got NaN)',
    );
  });
});

describe('valence and MAX_VALENCE', () => {
  test('valence accepts every non-zero integer from −MAX_VALENCE to MAX_VALENCE, and MAX_VALENCE is 100', () => {
    expect(MAX_VALENCE).toBe(100);
    for (const z of [-MAX_VALENCE, -2, -1, 1, 2, 3, MAX_VALENCE]) {
      expect(valence('f', 'z', z)).toBe(z);
    }
  });

  test('valence rejects 0, fractions, ±(MAX_VALENCE + 1) and NaN, stating the bounds', () => {
    expect(rejectionMessage(() => valence('nernstPotential', 'ion.z (valence)', 101))).toBe(
      'nernstPotential: ion.z (valence) must be a non-zero integer between −100 and 100 (got 101)',
    );
    for (const z of [0, -0, 0.5, -1.5, -(MAX_VALENCE + 1), NaN, Infinity]) {
      expect(rejectionMessage(() => valence('f', 'z', z))).toMatch(
        /^f: z must be a non-zero integer between −100 and 100 \(got /,
      );
    }
  });
});

describe('nonEmpty and finiteResult', () => {
  test('nonEmpty returns the same array and rejects an empty one or a non-array', () => {
    const ions = [1, 2];
    expect(nonEmpty('f', 'ions', ions)).toBe(ions);
    expect(rejectionMessage(() => nonEmpty('ghkVoltage', 'ions', []))).toBe(
      'ghkVoltage: ions must be a non-empty array (got an array of 0)',
    );
    expect(rejectionMessage(() => nonEmpty('f', 'ions', null as unknown as number[]))).toBe(
      'f: ions must be a non-empty array (got null)',
    );
  });

  test('finiteResult passes a finite result through and rejects ±Infinity and NaN naming the inputs', () => {
    expect(finiteResult('f', 'a × b', -1e308)).toBe(-1e308);
    expect(rejectionMessage(() => finiteResult('debyeLength', 'ionicStrength', Infinity))).toBe(
      'debyeLength: ionicStrength must be small enough that the result is a finite number (got Infinity)',
    );
    expect(rejectionMessage(() => finiteResult('f', 'a × b', NaN))).toMatch(
      /^f: a × b must be .* \(got NaN\)$/,
    );
  });
});
