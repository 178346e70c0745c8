// Every case in shared/reference/physics-cases.json, run through the public exports.
//
// The JSON is read at run time (referenceCases.ts), so a new case is picked up without
// touching this file, and a case whose `quantity` has no mapping (referenceCaseCalls.ts)
// fails instead of being skipped. Tolerance rule of the JSON:
//   |actual − expected| ≤ max(rel_tol·|expected|, abs_tol ?? 0)
import { describe, expect, test } from 'vitest';
import { HANDLERS, type Call } from './referenceCaseCalls';
import { expectRejection } from './referenceCaseRejection';
import { CASES, decode, loaded, type RefCase } from './referenceCases';
import { expectClose } from './testing';

/** Runs a numerical case's calls and expects each output within the case's tolerance. */
function expectReproduced(c: RefCase, calls: Call[]): void {
  const actual: Record<string, number> = {};
  for (const call of calls) Object.assign(actual, call.run());
  const rel = c.rel_tol ?? 0;
  const abs = c.abs_tol ?? 0;
  expect(rel > 0 || abs > 0, `${c.id}: has neither rel_tol nor abs_tol`).toBe(true);
  const keys = Object.keys(c.expected);
  expect(keys.length, `${c.id}: expects nothing`).toBeGreaterThan(0);
  for (const key of keys) {
    const expected = decode(c.expected[key], `${c.id}.expected.${key}`);
    const got = actual[key];
    expect(got, `${c.id}: the mapping produces no "${key}"`).toBeTypeOf('number');
    if (got === undefined) continue;
    expect(Number.isFinite(got), `${c.id}.${key}: got ${got}`).toBe(true);
    expectClose(got, expected, rel, abs, `${c.id}.${key}:`);
  }
}

function isErrorCase(c: RefCase): boolean {
  return c.expected.error === true;
}

const ran = new Set<string>();

describe('reference cases (shared/reference/physics-cases.json)', () => {
  test('the reference file is present and parses', () => {
    if (loaded.error !== undefined) throw new Error(loaded.error);
    expect(CASES.length).toBeGreaterThan(0);
  });

  for (const c of CASES) {
    test(`reproduces ${c.id} (${c.quantity})`, () => {
      ran.add(c.id);
      const handler = HANDLERS[c.quantity];
      if (handler === undefined) {
        throw new Error(
          `${c.id}: quantity "${c.quantity}" has no mapping to the physics exports; ` +
            'add one to HANDLERS in referenceCaseCalls.ts',
        );
      }
      const calls = handler(c);
      if (isErrorCase(c)) expectRejection(c, calls);
      else expectReproduced(c, calls);
    });
  }

  // Runs last (tests in a file run in order): nothing was skipped or silently ignored.
  test('every quantity in the JSON is mapped and every case ran', () => {
    if (loaded.error !== undefined) throw new Error(loaded.error);
    const unmapped = [...new Set(CASES.map((c) => c.quantity))].filter((q) => !(q in HANDLERS));
    expect(unmapped, 'quantities without a mapping').toEqual([]);
    const ids = CASES.map((c) => c.id);
    expect(new Set(ids).size, 'case ids must be unique').toBe(ids.length);
    expect(ran.size, 'cases run').toBe(CASES.length);
  });
});
