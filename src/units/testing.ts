// Test helpers shared by the tests of parseQuantity: the quantities they expect, the value
// a text reads as, and tables of spellings that all read as one value.
import { expect } from 'vitest';
import { parseQuantity, type ExpectedQuantity } from './parseQuantity';

export const VOLTAGE: ExpectedQuantity = { dimension: 'voltage', defaultUnit: 'mV' };
export const FIELD: ExpectedQuantity = { dimension: 'field', defaultUnit: 'V/m' };
export const ENERGY: ExpectedQuantity = { dimension: 'molarEnergy', defaultUnit: 'kJ/mol' };

/** The SI value parsed, failing the test with the parse result if it did not parse. */
export function value(text: string, expected: ExpectedQuantity = VOLTAGE): number {
  const result = parseQuantity(text, expected);
  if (!result.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${result.message}`);
  return result.value;
}

/** Expects `actual` within 1e-14 of `expected`, relative. */
export function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-14);
}

/**
 * One test case [text, ...rest] for each spelling of each row [spellings, ...rest]: a table
 * row lists the ways of writing one quantity, and what they all read as.
 */
export function eachSpelling<Rest extends unknown[]>(
  rows: readonly (readonly [readonly string[], ...Rest])[],
): [string, ...Rest][] {
  return rows.flatMap(([spellings, ...rest]) =>
    spellings.map((text): [string, ...Rest] => [text, ...rest]),
  );
}
