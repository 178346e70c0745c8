// Unit tests of PhysicsRangeError, the one error class of the physics core: its type, its
// message format and how it shows the value it received.
import { describe, expect, test } from 'vitest';
import { PhysicsRangeError } from './PhysicsRangeError';
import { nernstPotential } from './nernst';

function messageFor(received: unknown): string {
  return new PhysicsRangeError('f', 'x', 'a rule', received).message;
}

describe('PhysicsRangeError', () => {
  test('PhysicsRangeError is a RangeError and an Error, named PhysicsRangeError', () => {
    const error = new PhysicsRangeError('f', 'x', 'a rule', 1);
    expect(error).toBeInstanceOf(PhysicsRangeError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PhysicsRangeError');
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
  });

  test('PhysicsRangeError reads "fn: parameter must be rule (got value)"', () => {
    const error = new PhysicsRangeError(
      'nernstPotential',
      'inside concentration',
      'a finite number > 0 mM',
      -3,
    );
    expect(error.message).toBe(
      'nernstPotential: inside concentration must be a finite number > 0 mM (got -3)',
    );
    expect(String(error)).toBe(`PhysicsRangeError: ${error.message}`);
  });

  test('PhysicsRangeError keeps the function name, the parameter and the value received as fields', () => {
    const received = { radius: -1 };
    const error = new PhysicsRangeError('sphericalCellCharge', 'cell', 'an object', received);
    expect(error.functionName).toBe('sphericalCellCharge');
    expect(error.parameter).toBe('cell');
    expect(error.received).toBe(received);
  });

  test('PhysicsRangeError shows numbers as JavaScript prints them, NaN and ±Infinity included', () => {
    expect(messageFor(-3)).toBe('f: x must be a rule (got -3)');
    expect(messageFor(NaN)).toBe('f: x must be a rule (got NaN)');
    expect(messageFor(-Infinity)).toBe('f: x must be a rule (got -Infinity)');
    expect(messageFor(1e-320)).toBe('f: x must be a rule (got 1e-320)');
  });

  test('PhysicsRangeError quotes a string and cuts it to its first 40 characters', () => {
    expect(messageFor('310')).toBe('f: x must be a rule (got "310")');
    const long = 'a'.repeat(40) + 'b'.repeat(60);
    expect(messageFor(long)).toBe(`f: x must be a rule (got "${'a'.repeat(40)}")`);
  });

  test('PhysicsRangeError describes arrays by length, null and undefined by name and other values by type', () => {
    expect(messageFor([1, 2, 3])).toBe('f: x must be a rule (got an array of 3)');
    expect(messageFor(null)).toBe('f: x must be a rule (got null)');
    expect(messageFor(undefined)).toBe('f: x must be a rule (got undefined)');
    expect(messageFor({ z: 1 })).toBe('f: x must be a rule (got object)');
    expect(messageFor(true)).toBe('f: x must be a rule (got boolean)');
    expect(messageFor(10n)).toBe('f: x must be a rule (got bigint)');
  });

  test('PhysicsRangeError is what a public export throws, with its fields naming the call', () => {
    let error: unknown;
    try {
      nernstPotential({ z: 1, inside: -3, outside: 4 }, 310.15);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toBeInstanceOf(PhysicsRangeError);
    const { functionName, parameter, received, message } = error as PhysicsRangeError;
    expect(functionName).toBe('nernstPotential');
    expect(parameter).toContain('inside');
    expect(received).toBe(-3);
    expect(message).toMatch(
      /^nernstPotential: .*inside.* must be a finite number > 0 mM \(got -3\)$/,
    );
  });
});
