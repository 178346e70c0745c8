// The reference error cases: which input breaks which rule of the contract, and so which
// parameter the RangeError must name. Derived from the inputs (not from a per-id table), so
// new error cases are covered too.
import { expect } from 'vitest';
import { MODEL_OF, type Call } from './referenceCaseCalls';
import {
  decode,
  input,
  inputList,
  isRecord,
  member,
  permeantIons,
  type RefCase,
} from './referenceCases';

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

export function expectRejection(c: RefCase, calls: Call[]): void {
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
