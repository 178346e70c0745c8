// Every case in shared/reference/physics-cases.json, run through the public exports.
//
// The JSON is read at run time (it lives beside the repository, in /work/shared), so a new
// case is picked up without touching this file, and a case whose `quantity` has no mapping
// here fails instead of being skipped. Tolerance rule of the JSON:
//   |actual − expected| ≤ max(rel_tol·|expected|, abs_tol ?? 0)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  activityCoefficient,
  activityNernstPotential,
  AVOGADRO,
  BOLTZMANN,
  chemicalFreeEnergy,
  chordConductancePotential,
  debyeHuckelConstants,
  debyeLength,
  electrochemicalFreeEnergy,
  ELEMENTARY_CHARGE,
  FARADAY,
  GAS_CONSTANT,
  ghkCurrentDensity,
  ghkVoltage,
  ionicStrength,
  membraneCapacitance,
  membraneChargeDensity,
  membraneField,
  mullinsNodaPotential,
  nernstPotential,
  pumpCurrent,
  reversalPotential,
  sphericalCellCharge,
  thermalVoltage,
  VACUUM_PERMITTIVITY,
  type ActivityModel,
  type PermeantIon,
} from './index';

const CASES_PATH = fileURLToPath(
  new URL('../../../shared/reference/physics-cases.json', import.meta.url),
);

type RefCase = {
  id: string;
  quantity: string;
  inputs: Record<string, unknown>;
  expected: Record<string, unknown>;
  rel_tol?: number | null;
  abs_tol?: number | null;
};

// ---------------------------------------------------------------------------------------
// Loading. A missing or malformed file becomes a failing test with the reason, never a skip.

function isRecord(value: unknown): value is Record<string, unknown> {
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

const loaded = loadCases();
const CASES = loaded.cases;

// ---------------------------------------------------------------------------------------
// Decoding JSON values: numbers, the strings "NaN" / "Infinity" / "-Infinity", and
// { value, unit } wrappers.

function decode(raw: unknown, what: string): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string') return Number(raw);
  if (isRecord(raw) && 'value' in raw) return decode(raw.value, what);
  throw new Error(`${what}: expected a number or { value }, got ${JSON.stringify(raw)}`);
}

function input(c: RefCase, key: string): number {
  if (!(key in c.inputs)) throw new Error(`${c.id}: input "${key}" is missing`);
  return decode(c.inputs[key], `${c.id}.inputs.${key}`);
}

function optionalInput(c: RefCase, key: string): number | undefined {
  return key in c.inputs ? input(c, key) : undefined;
}

function inputList(c: RefCase, key: string): unknown[] {
  const list = c.inputs[key];
  if (!Array.isArray(list)) throw new Error(`${c.id}: input "${key}" must be an array`);
  return list;
}

function member(raw: unknown, key: string, what: string): number {
  if (!isRecord(raw) || !(key in raw)) throw new Error(`${what}: "${key}" is missing`);
  return decode(raw[key], `${what}.${key}`);
}

/** The JSON's ion lists (c_in, c_out, P) as the API's PermeantIon. */
function permeantIons(c: RefCase): PermeantIon[] {
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
const MM_PER_MOLAR = 1000;

// ---------------------------------------------------------------------------------------
// The mapping from each JSON `quantity` to the exports. A case becomes one or more calls;
// each call names the exports it goes through (for the error-message prefix), the JSON
// inputs it depends on (so an error case knows which calls must throw) and returns its
// outputs under the JSON's expected names.

type Call = {
  fns: readonly string[];
  uses: readonly string[];
  run: () => Record<string, number>;
};

const MODEL_OF: Record<string, ActivityModel> = {
  activity_coefficient_debye_huckel_limiting: 'limiting',
  activity_coefficient_extended_debye_huckel: 'extended',
  activity_coefficient_davies: 'davies',
};

function activityCall(model: ActivityModel) {
  return (c: RefCase): Call[] => [
    {
      fns: ['activityCoefficient'],
      uses: ['z', 'I', 'A', 'B', 'a'],
      run: () => {
        const options: { A?: number; B?: number; ionSize?: number } = {};
        const A = optionalInput(c, 'A');
        const B = optionalInput(c, 'B');
        const a = optionalInput(c, 'a');
        if (A !== undefined) options.A = A;
        if (B !== undefined) options.B = B;
        if (a !== undefined) options.ionSize = a * 1e-10; // Å → m
        const gamma = activityCoefficient(
          input(c, 'z'),
          input(c, 'I') * MM_PER_MOLAR,
          model,
          options,
        );
        return { gamma, log10_gamma: Math.log10(gamma) };
      },
    },
  ];
}

const HANDLERS: Record<string, (c: RefCase) => Call[]> = {
  physical_constants: () => [
    {
      fns: [],
      uses: [],
      run: () => ({
        F: FARADAY,
        R: GAS_CONSTANT,
        e: ELEMENTARY_CHARGE,
        N_A: AVOGADRO,
        k_B: BOLTZMANN,
        eps0: VACUUM_PERMITTIVITY,
      }),
    },
  ],

  thermal_voltage_RT_over_F: (c) => [
    {
      fns: ['thermalVoltage'],
      uses: ['T'],
      run: () => ({ RT_over_F: thermalVoltage(input(c, 'T')) }),
    },
  ],

  nernst_potential: (c) => [
    {
      fns: ['nernstPotential'],
      uses: ['z', 'c_in', 'c_out', 'T'],
      run: () => ({
        E: nernstPotential(
          { z: input(c, 'z'), inside: input(c, 'c_in'), outside: input(c, 'c_out') },
          input(c, 'T'),
        ),
      }),
    },
  ],

  nernst_potential_activity: (c) => [
    {
      fns: ['activityNernstPotential'],
      uses: ['z', 'c_in', 'c_out', 'gamma_in', 'gamma_out', 'T'],
      run: () => ({
        E: activityNernstPotential(
          {
            z: input(c, 'z'),
            inside: input(c, 'c_in'),
            outside: input(c, 'c_out'),
            gammaInside: input(c, 'gamma_in'),
            gammaOutside: input(c, 'gamma_out'),
          },
          input(c, 'T'),
        ),
      }),
    },
  ],

  ghk_voltage: (c) => [
    {
      fns: ['ghkVoltage'],
      uses: ['ions', 'T'],
      run: () => ({ V_rev: ghkVoltage(permeantIons(c), input(c, 'T')) }),
    },
  ],

  ghk_current_density: (c) => [
    {
      fns: ['ghkCurrentDensity', 'thermalVoltage'],
      uses: ['P', 'z', 'c_in', 'c_out', 'V_m', 'T'],
      run: () => {
        const z = input(c, 'z');
        const voltage = input(c, 'V_m');
        const temperature = input(c, 'T');
        const I = ghkCurrentDensity(
          {
            z,
            inside: input(c, 'c_in'),
            outside: input(c, 'c_out'),
            permeability: input(c, 'P'),
          },
          voltage,
          temperature,
        );
        // flux = I/(zF), positive when the ion leaves the cell
        return {
          I,
          flux: I / (z * FARADAY),
          x_zFV_over_RT: (z * voltage) / thermalVoltage(temperature),
        };
      },
    },
  ],

  reversal_potential_ghk_mixture: (c) => [
    {
      fns: ['reversalPotential'],
      uses: ['ions', 'T'],
      run: () => ({ V_rev: reversalPotential(permeantIons(c), input(c, 'T')) }),
    },
  ],

  ionic_strength: (c) => [
    {
      fns: ['ionicStrength'],
      uses: ['ions'],
      run: () => {
        const species = inputList(c, 'ions').map((ion, i) => ({
          z: member(ion, 'z', `${c.id}.ions[${i}]`),
          concentration: member(ion, 'c', `${c.id}.ions[${i}]`),
        }));
        // the API answers in mM; the JSON's I is in mol/L
        return { I: ionicStrength(species) / MM_PER_MOLAR };
      },
    },
  ],

  activity_coefficient_debye_huckel_limiting: activityCall('limiting'),
  activity_coefficient_extended_debye_huckel: activityCall('extended'),
  activity_coefficient_davies: activityCall('davies'),

  debye_huckel_A_B_from_constants: (c) => [
    {
      fns: ['debyeHuckelConstants'],
      uses: ['T', 'eps_r'],
      run: () => debyeHuckelConstants(input(c, 'T'), input(c, 'eps_r')),
    },
  ],

  debye_length: (c) => [
    {
      fns: ['debyeLength'],
      uses: ['I', 'T', 'eps_r'],
      run: () => ({
        lambda_D: debyeLength(input(c, 'I') * MM_PER_MOLAR, input(c, 'T'), input(c, 'eps_r')),
      }),
    },
  ],

  membrane_capacitor_planar: (c) => [
    {
      fns: ['membraneCapacitance'],
      uses: ['eps_r', 'd'],
      run: () => {
        const C = membraneCapacitance(input(c, 'eps_r'), input(c, 'd'));
        // 1 F/m² = 100 µF/cm²
        return { C_specific: C, C_specific_uF_per_cm2: C * 100 };
      },
    },
    {
      fns: ['membraneField'],
      uses: ['V_m', 'd'],
      run: () => ({ field: membraneField(input(c, 'V_m'), input(c, 'd')) }),
    },
    {
      fns: ['membraneCapacitance', 'membraneChargeDensity'],
      uses: ['eps_r', 'd', 'V_m'],
      run: () => ({
        sigma: membraneChargeDensity(
          membraneCapacitance(input(c, 'eps_r'), input(c, 'd')),
          input(c, 'V_m'),
        ),
      }),
    },
  ],

  membrane_charge_spherical_cell: (c) => [
    {
      fns: ['sphericalCellCharge'],
      uses: ['C_specific', 'radius', 'V_m', 'z', 'c_in'],
      run: () => {
        const r = sphericalCellCharge({
          radius: input(c, 'radius'),
          specificCapacitance: input(c, 'C_specific'),
          voltage: input(c, 'V_m'),
          z: input(c, 'z'),
          concentration: input(c, 'c_in'),
        });
        return {
          area: r.area,
          volume: r.volume,
          C_cell: r.capacitance,
          Q: r.charge,
          ions_moved: r.ionsMoved,
          ions_in_cell: r.ionsInCell,
          fraction: r.fraction,
        };
      },
    },
  ],

  gibbs_energy_transfer_out_to_in: (c) => {
    const ion = () => ({ z: input(c, 'z'), inside: input(c, 'c_in'), outside: input(c, 'c_out') });
    const calls: Call[] = [
      {
        fns: ['chemicalFreeEnergy'],
        uses: ['z', 'c_in', 'c_out', 'T'],
        run: () => ({ dG_chemical: chemicalFreeEnergy(ion(), input(c, 'T')) }),
      },
    ];
    if ('V_m' in c.inputs) {
      calls.push({
        fns: ['electrochemicalFreeEnergy'],
        uses: ['z', 'c_in', 'c_out', 'T', 'V_m'],
        run: () => ({
          dG_electrochemical: electrochemicalFreeEnergy(ion(), input(c, 'V_m'), input(c, 'T')),
        }),
      });
    }
    return calls;
  },

  chord_conductance_resting_potential: (c) => [
    {
      fns: ['chordConductancePotential'],
      uses: ['g', 'E', 'I_pump'],
      run: () => {
        const g = inputList(c, 'g').map((x, i) => decode(x, `${c.id}.g[${i}]`));
        const E = inputList(c, 'E').map((x, i) => decode(x, `${c.id}.E[${i}]`));
        if (g.length !== E.length) throw new Error(`${c.id}: g and E differ in length`);
        const branches = g.map((conductance, i) => ({ conductance, reversal: E[i] ?? NaN }));
        return { V_rest: chordConductancePotential(branches, optionalInput(c, 'I_pump')) };
      },
    },
  ],

  mullins_noda_potential: (c) => [
    {
      fns: ['mullinsNodaPotential'],
      uses: ['r', 'P_K', 'P_Na', 'K_in', 'K_out', 'Na_in', 'Na_out', 'T'],
      run: () => ({
        V_m: mullinsNodaPotential(
          {
            K: {
              inside: input(c, 'K_in'),
              outside: input(c, 'K_out'),
              permeability: input(c, 'P_K'),
            },
            Na: {
              inside: input(c, 'Na_in'),
              outside: input(c, 'Na_out'),
              permeability: input(c, 'P_Na'),
            },
            pumpRatio: input(c, 'r'),
          },
          input(c, 'T'),
        ),
      }),
    },
  ],

  pump_current: (c) => [
    {
      fns: ['pumpCurrent'],
      uses: ['net_charges_per_cycle', 'turnover_rate', 'n_pumps'],
      run: () => ({
        I_total: pumpCurrent({
          turnoverRate: input(c, 'turnover_rate'),
          netChargesPerCycle: input(c, 'net_charges_per_cycle'),
          pumps: input(c, 'n_pumps'),
        }),
      }),
    },
    {
      fns: ['pumpCurrent'],
      uses: ['net_charges_per_cycle', 'turnover_rate'],
      run: () => {
        const perPump = pumpCurrent({
          turnoverRate: input(c, 'turnover_rate'),
          netChargesPerCycle: input(c, 'net_charges_per_cycle'),
          pumps: 1,
        });
        return { I_per_pump: perPump, I_per_pump_pA: perPump * 1e12 };
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------
// Error cases: which input breaks which rule of the contract, and so which parameter the
// RangeError must name. Derived from the inputs (not from a per-id table), so new error
// cases are covered too.

type Rule = { ok: (v: number) => boolean; param: string };

const finite = (v: number) => Number.isFinite(v);
const positive = (v: number) => Number.isFinite(v) && v > 0;
const nonNegative = (v: number) => Number.isFinite(v) && v >= 0;
const nonZeroInteger = (v: number) => Number.isInteger(v) && v !== 0;

function scalarRules(quantity: string): Record<string, Rule> {
  const ghkCurrent = quantity === 'ghk_current_density';
  const activity = quantity in MODEL_OF;
  return {
    z: { ok: activity ? Number.isInteger : nonZeroInteger, param: 'z' },
    c_in: {
      ok: ghkCurrent ? nonNegative : positive,
      param: quantity === 'membrane_charge_spherical_cell' ? 'concentration' : 'inside',
    },
    c_out: { ok: ghkCurrent ? nonNegative : positive, param: 'outside' },
    T: { ok: positive, param: 'temperature' },
    V_m: { ok: finite, param: 'voltage' },
    P: { ok: nonNegative, param: 'permeability' },
    I: { ok: quantity === 'debye_length' ? positive : nonNegative, param: 'ionicStrength' },
    eps_r: { ok: positive, param: 'relativePermittivity' },
    d: { ok: positive, param: 'thickness' },
    radius: { ok: positive, param: 'radius' },
    C_specific: { ok: positive, param: 'specificCapacitance' },
    gamma_in: { ok: positive, param: 'gammaInside' },
    gamma_out: { ok: positive, param: 'gammaOutside' },
    A: { ok: positive, param: 'A' },
    B: { ok: positive, param: 'B' },
    a: { ok: positive, param: 'ionSize' },
    K_in: { ok: positive, param: 'inside' },
    K_out: { ok: positive, param: 'outside' },
    Na_in: { ok: positive, param: 'inside' },
    Na_out: { ok: positive, param: 'outside' },
    P_K: { ok: nonNegative, param: 'permeability' },
    P_Na: { ok: nonNegative, param: 'permeability' },
    r: { ok: positive, param: 'pumpRatio' },
    I_pump: { ok: finite, param: 'pumpCurrent' },
    turnover_rate: { ok: nonNegative, param: 'turnoverRate' },
    net_charges_per_cycle: { ok: nonNegative, param: 'netChargesPerCycle' },
    n_pumps: { ok: nonNegative, param: 'pumps' },
  };
}

type Offence = { key: string; param: string };

/** Every input of an error case that breaks a contract rule, with the parameter to name. */
function offences(c: RefCase): Offence[] {
  const found: Offence[] = [];
  const rules = scalarRules(c.quantity);
  for (const [key, raw] of Object.entries(c.inputs)) {
    const rule = rules[key];
    if (rule && !Array.isArray(raw) && (typeof raw === 'number' || isRecord(raw))) {
      if (!rule.ok(decode(raw, `${c.id}.${key}`))) found.push({ key, param: rule.param });
    }
  }
  if (c.quantity === 'ionic_strength') {
    inputList(c, 'ions').forEach((ion, i) => {
      const what = `${c.id}.ions[${i}]`;
      if (!Number.isInteger(member(ion, 'z', what))) found.push({ key: 'ions', param: 'z' });
      if (!nonNegative(member(ion, 'c', what))) {
        found.push({ key: 'ions', param: 'concentration' });
      }
    });
  } else if ('ions' in c.inputs) {
    let sum = 0;
    permeantIons(c).forEach((ion) => {
      const zOk = c.quantity === 'ghk_voltage' ? Math.abs(ion.z) === 1 : nonZeroInteger(ion.z);
      if (!zOk) found.push({ key: 'ions', param: 'z' });
      if (!nonNegative(ion.permeability)) found.push({ key: 'ions', param: 'permeability' });
      const concentrationOk = ion.permeability > 0 ? positive : nonNegative;
      if (!concentrationOk(ion.inside)) found.push({ key: 'ions', param: 'inside' });
      if (!concentrationOk(ion.outside)) found.push({ key: 'ions', param: 'outside' });
      sum += ion.permeability;
    });
    if (!(sum > 0)) found.push({ key: 'ions', param: 'permeabilit' });
  }
  if ('g' in c.inputs) {
    const g = inputList(c, 'g').map((x, i) => decode(x, `${c.id}.g[${i}]`));
    if (!g.every(nonNegative) || !(g.reduce((s, x) => s + x, 0) > 0)) {
      found.push({ key: 'g', param: 'conductance' });
    }
  }
  if ('E' in c.inputs) {
    const E = inputList(c, 'E').map((x, i) => decode(x, `${c.id}.E[${i}]`));
    if (!E.every(finite)) found.push({ key: 'E', param: 'reversal' });
  }
  if (c.quantity === 'mullins_noda_potential') {
    if (!(input(c, 'P_K') + input(c, 'P_Na') > 0)) {
      found.push({ key: 'P_K', param: 'permeabilit' }, { key: 'P_Na', param: 'permeabilit' });
    }
  }
  return found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function expectRejection(c: RefCase, calls: Call[]): void {
  const bad = offences(c);
  if (bad.length === 0) {
    throw new Error(`${c.id}: error case, but no input breaks a rule of the contract`);
  }
  const badKeys = new Set(bad.map((o) => o.key));
  const params = [...new Set(bad.map((o) => o.param))];
  const mustThrow = calls.filter((call) => call.uses.some((key) => badKeys.has(key)));
  expect(
    mustThrow.length,
    `${c.id}: no call uses the bad input(s) ${[...badKeys]}`,
  ).toBeGreaterThan(0);
  for (const call of mustThrow) {
    let thrown: unknown;
    let returned: unknown;
    try {
      returned = call.run();
    } catch (err) {
      thrown = err;
    }
    expect(
      thrown,
      `${c.id}: ${call.fns.join('/')} returned ${JSON.stringify(returned)} instead of throwing`,
    ).toBeInstanceOf(RangeError);
    const message = (thrown as RangeError).message;
    const prefix = call.fns.find((fn) => message.startsWith(`${fn}:`));
    expect(
      prefix,
      `${c.id}: message must start with "${call.fns.join('" or "')}:" — ${message}`,
    ).toBeDefined();
    const names = params.some((p) => new RegExp(`(^|[^A-Za-z])${escapeRegExp(p)}`).test(message));
    expect(names, `${c.id}: message must name ${params.join(' or ')} — ${message}`).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------
// Numerical cases.

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
    const tolerance = Math.max(rel * Math.abs(expected), abs);
    const error = Math.abs(got - expected);
    expect(
      error <= tolerance,
      `${c.id}.${key}: got ${got}, expected ${expected}; |Δ| = ${error} > tolerance ${tolerance}`,
    ).toBe(true);
  }
}

function isErrorCase(c: RefCase): boolean {
  return c.expected.error === true;
}

// ---------------------------------------------------------------------------------------

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
            'add one to HANDLERS in reference-cases.test.ts',
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
