import { describe, expect, test } from 'vitest';
import {
  advanceCell,
  AVOGADRO,
  cellReadout,
  electrochemicalFreeEnergy,
  FARADAY,
  ghkVoltage,
  mullinsNodaPotential,
  nernstPotential,
  pumpCurrent,
  REFERENCE_NEURON as N,
  restingCell,
  sodiumRiseTime,
  thermalVoltage,
} from '../../../src/physics';
import { formatNumber, formatQuantity } from '../../../src/units';
import { expectChoiceRules } from './choiceRules';
import { expectProseNumbers, type ProseFact, type ProseGiven } from './proseNumbers';

// Chapter 5's numbers, computed from the physics core and the reference neuron (the model
// cell is restingCell(), whose defaults are the reference neuron), against the numbers its
// prose states.

const FILE = '05-pump.mdx';
const T = N.temperature;
const VT = thermalVoltage(T);
const REST = -0.07; // V: chapter 1's round resting potential, where it did the pump's sums
const P = N.relativePermeability;

const mV = (volts: number, options: { digits?: number; decimals?: number; sign?: boolean }) =>
  formatQuantity(volts, 'mV', options);
const mM = (concentration: number, digits = 3) => formatQuantity(concentration, 'mM', { digits });
const pA = (amperes: number, options: { digits?: number; decimals?: number }) =>
  formatQuantity(amperes, 'pA', options);
const number = (x: number, digits: number) => formatNumber(x, { digits });
/** A number as TeX writes it: an ASCII minus. */
const tex = (text: string) => text.replace('−', '-');
/** A potential's number alone, as TeX or a table cell shows it. */
const millivolts = (volts: number, sign = false) =>
  formatNumber(volts * 1000, { decimals: 1, sign });
/** A number in TeX's scientific notation: 1.0 × 10⁸ as "1.0 \times 10^{8}". */
const texScientific = (x: number, digits: number) => {
  const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
  return `${mantissa} \\times 10^{${Number(exponent)}}`;
};
const percent = (fraction: number, digits: number) => `${number(100 * fraction, digits)} %`;

// The model cell at rest, its leaks and its pump.
const { parameters, state } = restingCell();
const rest = cellReadout(parameters, state);
const V = rest.voltage;
const EK = nernstPotential({ z: 1, inside: N.inside.K, outside: N.outside.K }, T);
const ENa = nernstPotential({ z: 1, inside: N.inside.Na, outside: N.outside.Na }, T);
const AREA = 4 * Math.PI * N.radius ** 2;
const VOLUME = (4 / 3) * Math.PI * N.radius ** 3;

/** Chord conductances g = I/(V − E) of the K⁺ and Na⁺ leaks at rest, S. */
const gK = rest.leakCurrent.K / (V - EK);
const gNa = rest.leakCurrent.Na / (V - ENa);

/**
 * The slope conductance dI/dV of one GHK leak, S/m², by hand: with u = zV/vt, w = e^(−u),
 * I = P·z·F·u·(c_i − c_o·w)/(1 − w), and the quotient rule gives
 * dI/dV = P·z²·F/vt · [ (c_i − c_o·w)/(1 − w) + u·w·(c_o − c_i)/(1 − w)² ].
 */
function slopeConductance(p: number, z: number, ci: number, co: number, v: number) {
  const u = (z * v) / VT;
  const w = Math.exp(-u);
  return (
    ((p * z * z * FARADAY) / VT) * ((ci - co * w) / (1 - w) + (u * w * (co - ci)) / (1 - w) ** 2)
  );
}
const inputConductance =
  (slopeConductance(parameters.permeability.K, 1, state.inside.K, state.outside.K, V) +
    slopeConductance(parameters.permeability.Na, 1, state.inside.Na, state.outside.Na, V) +
    slopeConductance(parameters.permeability.Cl, -1, state.inside.Cl, state.outside.Cl, V)) *
  AREA;

/** Mullins–Noda and GHK for K⁺ and Na⁺ alone (the pump widget's cell), and GHK with Cl⁻. */
const potassium = { inside: N.inside.K, outside: N.outside.K, permeability: 1 };
const sodium = { inside: N.inside.Na, outside: N.outside.Na, permeability: P.Na };
const mullinsNoda = mullinsNodaPotential({ K: potassium, Na: sodium, pumpRatio: 1.5 }, T);
const ghkTwoIons = ghkVoltage(
  [
    { z: 1, ...potassium },
    { z: 1, ...sodium },
  ],
  T,
);
const ghkThreeIons = ghkVoltage(
  [
    { z: 1, ...potassium },
    { z: 1, ...sodium },
    { z: -1, inside: state.inside.Cl, outside: state.outside.Cl, permeability: P.Cl },
  ],
  T,
);

/** The pump's least work per mole of cycles at −70 mV: 3 Na⁺ out, 2 K⁺ in, J/mol. */
const sodiumOut = -electrochemicalFreeEnergy(
  { z: 1, inside: N.inside.Na, outside: N.outside.Na },
  REST,
  T,
);
const potassiumIn = electrochemicalFreeEnergy(
  { z: 1, inside: N.inside.K, outside: N.outside.K },
  REST,
  T,
);
const kJ = (joules: number, digits: number) => number(joules / 1000, digits);

/** The run-down: the cell with every pump blocked, after t seconds. */
const blocked = (seconds: number) => {
  const cell = advanceCell(parameters, { ...state, pumpActivity: 0 }, seconds);
  return { cell, voltage: cellReadout(parameters, cell).voltage };
};
const afterOneSecond = blocked(1);
/** A row of the run-down table: [Na⁺]in and [K⁺]in to 0.1 mM, V_m to 0.1 mV. */
const tableRow = (label: string, at: ReturnType<typeof blocked>) =>
  `| ${label} | ${at.cell.inside.Na.toFixed(1)} | ${at.cell.inside.K.toFixed(1)} | ${millivolts(at.voltage)} |`;

/** Ten minutes blocked, then the pump restored: its current at once, V_m's lowest after. */
const restoredAfterTenMinutes = (() => {
  let cell = { ...blocked(600).cell, pumpActivity: 1 };
  const current = cellReadout(parameters, cell).pumpCurrent;
  let lowest = 0;
  for (let second = 0; second < 30 * 60; second += 10) {
    cell = advanceCell(parameters, cell, 10);
    lowest = Math.min(lowest, cellReadout(parameters, cell).voltage);
  }
  return { current, undershoot: V - lowest };
})();

/** A single pump, and a million, at 100 cycles per second. */
const onePump = pumpCurrent({ turnoverRate: 100 });
const millionPumps = pumpCurrent({ turnoverRate: 100, pumps: 1e6 });

const FACTS: ProseFact[] = [
  // The model cell: the reference neuron, given a size.
  { says: '140 mM', is: mM(N.inside.K) },
  { says: '12 mM', is: mM(N.inside.Na) },
  { says: '4 mM', is: mM(N.outside.K) },
  { says: '145 mM', is: mM(N.outside.Na) },
  { says: '10 µm', is: formatQuantity(N.radius, 'µm', { digits: 2 }) },
  { says: '37 °C', is: formatQuantity(T, '°C', { digits: 2 }) },
  { says: '1 : 0.065 : 0.45', is: `${P.K} : ${P.Na} : ${P.Cl}` },
  {
    says: '$E_\\mathrm{K} = -95.0$ mV and $E_\\mathrm{Na} = +66.6$ mV',
    is: `$E_\\mathrm{K} = ${tex(millivolts(EK))}$ mV and $E_\\mathrm{Na} = ${millivolts(ENa, true)}$ mV`,
  },
  { says: '−69.9 mV', is: mV(V, { decimals: 1 }) },
  // Driving forces at rest, and why the Na⁺ leak is 1.5 times the K⁺ leak.
  {
    says: '$-69.9 - (-95.0) = +25.1$ mV',
    is: `$${tex(millivolts(V))} - (${tex(millivolts(EK))}) = ${millivolts(V - EK, true)}$ mV`,
  },
  {
    says: '$-69.9 - 66.6 = -136.5$ mV',
    is: `$${tex(millivolts(V))} - ${millivolts(ENa)} = ${tex(millivolts(V - ENa))}$ mV`,
  },
  { says: '−136.5 mV', is: mV(V - ENa, { decimals: 1 }) },
  { says: '6.5 %', is: percent(P.Na / P.K, 2) },
  { says: '28 %', is: percent(gNa / gK, 2) },
  { says: '5.4 times larger', is: `${number((ENa - V) / (V - EK), 2)} times larger` },
  {
    says: '$0.28 \\times 5.4 \\approx 1.5$',
    is: `$${number(gNa / gK, 2)} \\times ${number((ENa - V) / (V - EK), 2)} \\approx ${number(rest.leakCurrent.Na / -rest.leakCurrent.K, 2)}$`,
  },
  // Leaks and pump in ions per second, and the cell's Na⁺.
  {
    says: '$1.0 \\times 10^{8}$ ions per second',
    is: `$${texScientific(-rest.leakFlux.Na * AVOGADRO, 2)}$ ions per second`,
  },
  {
    says: '$6.7 \\times 10^{7}$ per second',
    is: `$${texScientific(rest.leakFlux.K * AVOGADRO, 2)}$ per second`,
  },
  {
    says: '$3.0 \\times 10^{10}$ $\\mathrm{Na^+}$ ions',
    is: `$${texScientific(N.inside.Na * VOLUME * AVOGADRO, 2)}$ $\\mathrm{Na^+}$ ions`,
  },
  {
    says: '$3.3 \\times 10^{7}$ cycles per second',
    is: `$${texScientific(rest.pumpCyclesPerSecond, 2)}$ cycles per second`,
  },
  {
    says: 'Three times that, $1.0 \\times 10^{8}$',
    is: `Three times that, $${texScientific(rest.pumpFlux.Na * AVOGADRO, 2)}$`,
  },
  {
    says: 'Twice that, $6.7 \\times 10^{7}$, go in',
    is: `Twice that, $${texScientific(-rest.pumpFlux.K * AVOGADRO, 2)}$, go in`,
  },
  {
    says: '$3.3 \\times 10^{7}$ ATP molecules per second',
    is: `$${texScientific(rest.pumpCyclesPerSecond, 2)}$ ATP molecules per second`,
  },
  {
    // at 50 to 60 kJ per mole of ATP, the middle of the range
    says: 'about 3 picowatts',
    is: `about ${number(((rest.pumpCyclesPerSecond * 55e3) / AVOGADRO) * 1e12, 1)} picowatts`,
  },
  // The pump's energy per cycle (chapter 1's sums, for the same gradients at −70 mV).
  { says: '−70 mV', is: mV(REST, { digits: 2 }) },
  { says: '13.2 kJ/mol', is: `${kJ(sodiumOut, 3)} kJ/mol` },
  { says: '2.4 kJ/mol', is: `${kJ(potassiumIn, 2)} kJ/mol` },
  {
    says: '$3 \\times 13.2 + 2 \\times 2.4 \\approx 44.4$ kJ',
    is: `$3 \\times ${kJ(sodiumOut, 3)} + 2 \\times ${kJ(potassiumIn, 2)} \\approx ${kJ(3 * sodiumOut + 2 * potassiumIn, 3)}$ kJ`,
  },
  { says: 'at least 44.4 kJ', is: `at least ${kJ(3 * sodiumOut + 2 * potassiumIn, 3)} kJ` },
  // Chloride, passive: at equilibrium at rest.
  { says: '8.8 mM', is: mM(state.inside.Cl, 2) },
  { says: '7 mM', is: mM(N.inside.Cl) },
  // The pump current: one pump, a million, the model cell's, and the currents' balance.
  {
    says: '1.6 \\times 10^{-17}\\ \\mathrm{A}',
    is: `${texScientific(onePump, 2)}\\ \\mathrm{A}`,
  },
  { says: '1.6 × 10⁻⁵ pA', is: pA(onePump, { digits: 2 }) },
  { says: '16 pA', is: pA(millionPumps, { digits: 2 }) },
  { says: '5.3 pA', is: pA(rest.pumpCurrent, { decimals: 1 }) },
  { says: '10.7 pA', is: pA(rest.leakCurrent.K, { decimals: 1 }) },
  { says: '16.0 pA', is: pA(-rest.leakCurrent.Na, { decimals: 1 }) },
  // What the pump adds: the chord estimate, the model, Mullins–Noda.
  { says: '5 mV', is: mV(10e-12 / 2e-9, { digits: 1 }) },
  { says: '0.97 nS', is: formatQuantity(inputConductance, 'nS', { digits: 2 }) },
  {
    says: '$5.3/0.97 \\approx 5.5$ mV',
    is: `$${number(rest.pumpCurrent * 1e12, 2)}/${number(inputConductance * 1e9, 2)} \\approx ${number((rest.pumpCurrent / inputConductance) * 1000, 2)}$ mV`,
  },
  { says: '5.3 mV', is: mV(afterOneSecond.voltage - V, { digits: 2 }) },
  { says: 'acts like 0.043', is: `acts like ${number(P.Na / 1.5, 2)}` },
  { says: '−62.8 mV', is: mV(ghkTwoIons, { decimals: 1 }) },
  { says: '7.1 mV', is: mV(ghkTwoIons - mullinsNoda, { digits: 2 }) },
  { says: '−64.6 mV', is: mV(ghkThreeIons, { decimals: 1 }) },
  // When the pump stops.
  {
    says: '13 ms',
    is: formatQuantity((N.specificCapacitance * AREA) / inputConductance, 'ms', { digits: 2 }),
  },
  {
    says: '| just before | 12.0 | 140.0 | −69.9 |',
    is: tableRow('just before', { cell: state, voltage: V }),
  },
  { says: '| 1 s | 12.0 | 140.0 | −64.6 |', is: tableRow('1 s', afterOneSecond) },
  { says: '| 10 min | 33.6 | 120.2 | −60.7 |', is: tableRow('10 min', blocked(600)) },
  { says: '| 30 min | 72.7 | 84.9 | −52.8 |', is: tableRow('30 min', blocked(1800)) },
  { says: '| 60 min | 120.2 | 45.2 | −40.6 |', is: tableRow('60 min', blocked(3600)) },
  {
    says: 'doubles in about 5.5 minutes',
    is: `doubles in about ${number(sodiumRiseTime(1, 0) / 60, 2)} minutes`,
  },
  { says: '8.1 pA', is: pA(restoredAfterTenMinutes.current, { decimals: 1 }) },
  {
    says: '8.1 pA instead of 5.3 pA',
    is: `${pA(restoredAfterTenMinutes.current, { decimals: 1 })} instead of ${pA(rest.pumpCurrent, { decimals: 1 })}`,
  },
];

const GIVENS: ProseGiven[] = [
  { says: '1 pA', why: 'the rule of thumb for the units: 1 pA through 1 nS gives 1 mV' },
  { says: '1 nS', why: 'the rule of thumb for the units: 1 pA through 1 nS gives 1 mV' },
  { says: '1 mV', why: 'the rule of thumb for the units: 1 pA through 1 nS gives 1 mV' },
  { says: '10 pA', why: 'the example’s pump current, an input' },
  { says: '2 nS', why: 'the example’s total conductance, an input' },
  { says: '6.3 °C', why: 'the temperature of the squid preset: Hodgkin and Huxley’s squid axon' },
  { says: '10 min', why: 'a sample time of the run-down table' },
  { says: '30 min', why: 'a sample time of the run-down table' },
  { says: '60 min', why: 'a sample time of the run-down table' },
  { says: '10 %', why: 'the rise of [Na⁺]in the run-down exercises ask about, a definition' },
  {
    says: '2 %',
    why: 'the brain’s share of the body’s mass (Raichle & Gusnard 2002, PNAS 99:10237)',
  },
  { says: '20 %', why: 'the brain’s share of the resting energy use (Raichle & Gusnard 2002)' },
  { says: '0.1 pA', why: 'about the smallest current a patch-clamp amplifier resolves' },
];

describe('chapter 5’s prose', () => {
  test('states every number as the physics core computes it for the reference neuron', () => {
    expectProseNumbers(FILE, FACTS, GIVENS);
  });

  test('says in words what the core gives in numbers', () => {
    // "more than a hundred million ions" leak each second; the Na⁺ leak adds "about a third
    // of a percent" of the cell's Na⁺ each second; "about half a millivolt" below rest after
    // a ten-minute block; "about 5 mV" up when the pump stops.
    expect(rest.leakFlux.K * AVOGADRO - rest.leakFlux.Na * AVOGADRO).toBeGreaterThan(1e8);
    const perSecond = -rest.leakFlux.Na / (N.inside.Na * VOLUME);
    expect(perSecond * 100).toBeCloseTo(1 / 3, 1);
    expect(restoredAfterTenMinutes.undershoot * 1000).toBeCloseTo(0.5, 0);
    expect((afterOneSecond.voltage - V) * 1000).toBeCloseTo(5, 0);
  });

  test('its currents add up to zero at rest, and so do the numbers it prints', () => {
    const { K, Na } = rest.leakCurrent;
    expect(K + Na + rest.pumpCurrent).toBeCloseTo(0, 20);
    expect(10.7 + 5.3).toBeCloseTo(16.0, 9);
  });

  test('adds up the pump’s least work per cycle from the terms it states', () => {
    const byTerms = 3 * Number(kJ(sodiumOut, 3)) + 2 * Number(kJ(potassiumIn, 2));
    expect(formatNumber(byTerms, { digits: 3 })).toBe(kJ(3 * sodiumOut + 2 * potassiumIn, 3));
  });

  test('asks at least two choice questions, each wrong option naming a documented mistake and why', () => {
    expectChoiceRules(FILE);
  });
});
