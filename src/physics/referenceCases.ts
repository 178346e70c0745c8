// The reference cases of shared/reference/physics-cases.json, for reference-cases.test.ts:
// loaded at run time (the file lives beside the repository, in /work/shared), and the
// helpers that decode their values.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PermeantIon } from './ion';

const CASES_PATH = fileURLToPath(
  new URL('../../../shared/reference/physics-cases.json', import.meta.url),
);

export type RefCase = {
  id: string;
  quantity: string;
  inputs: Record<string, unknown>;
  expected: Record<string, unknown>;
  rel_tol?: number | null;
  abs_tol?: number | null;
};

// Loading. A missing or malformed file becomes a failing test with the reason, never a skip.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function loadCases(): { cases: RefCase[]; error?: string } {
  let text: string;
  try {
    text = readFileSync(CASES_PATH, 'utf8');
  } catch (err) {
    return { cases: [], error: `cannot read the reference cases at ${CASES_PATH}: ${String(err)}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { cases: [], error: `${CASES_PATH} is not valid JSON: ${String(err)}` };
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    return { cases: [], error: `${CASES_PATH} must hold a non-empty array of cases` };
  }
  const cases: RefCase[] = [];
  for (const [i, item] of parsed.entries()) {
    if (
      !isRecord(item) ||
      typeof item.id !== 'string' ||
      typeof item.quantity !== 'string' ||
      !isRecord(item.inputs) ||
      !isRecord(item.expected)
    ) {
      return {
        cases: [],
        error: `${CASES_PATH}: entry ${i} lacks id, quantity, inputs or expected`,
      };
    }
    cases.push(item as RefCase);
  }
  return { cases };
}

export const loaded = loadCases();
export const CASES = loaded.cases;

// Decoding JSON values: numbers, the strings "NaN" / "Infinity" / "-Infinity", and
// { value, unit } wrappers.

export function decode(raw: unknown, what: string): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string') return Number(raw);
  if (isRecord(raw) && 'value' in raw) return decode(raw.value, what);
  throw new Error(`${what}: expected a number or { value }, got ${JSON.stringify(raw)}`);
}

export function input(c: RefCase, key: string): number {
  if (!(key in c.inputs)) throw new Error(`${c.id}: input "${key}" is missing`);
  return decode(c.inputs[key], `${c.id}.inputs.${key}`);
}

export function optionalInput(c: RefCase, key: string): number | undefined {
  return key in c.inputs ? input(c, key) : undefined;
}

export function inputList(c: RefCase, key: string): unknown[] {
  const list = c.inputs[key];
  if (!Array.isArray(list)) throw new Error(`${c.id}: input "${key}" must be an array`);
  return list;
}

export function member(raw: unknown, key: string, what: string): number {
  if (!isRecord(raw) || !(key in raw)) throw new Error(`${what}: "${key}" is missing`);
  return decode(raw[key], `${what}.${key}`);
}

/** The JSON's ion lists (c_in, c_out, P) as the API's PermeantIon. */
export function permeantIons(c: RefCase): PermeantIon[] {
  return inputList(c, 'ions').map((ion, i) => {
    const what = `${c.id}.ions[${i}]`;
    return {
      z: member(ion, 'z', what),
      inside: member(ion, 'c_in', what),
      outside: member(ion, 'c_out', what),
      permeability: member(ion, 'P', what),
    };
  });
}

/** 1 mol/L = 1000 mM: the JSON gives ionic strength in mol/L, the API takes mM. */
export const MM_PER_MOLAR = 1000;
