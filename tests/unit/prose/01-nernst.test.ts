import { describe, expect, test } from 'vitest';
import {
  cellReadout,
  chemicalFreeEnergy,
  electrochemicalFreeEnergy,
  ELEMENTARY_CHARGE,
  AVOGADRO,
  FARADAY,
  nernstPotential,
  REFERENCE_NEURON as N,
  restingCell,
  thermalVoltage,
} from '../../../src/physics';
import { formatNumber, formatQuantity } from '../../../src/units';
import { expectChoiceRules } from './choiceRules';
import { expectProseNumbers, type ProseFact, type ProseGiven } from './proseNumbers';

// Chapter 1's numbers, computed from the physics core and the reference neuron, against
// the numbers its prose states.

const FILE = '01-nernst.mdx';
const T = N.temperature;
const ROOM = 298.15; // 25 °C
const COOL = 293.15; // 20 °C, the plant-root and brain-slice examples
const SQUID = 279.45; // 6.3 °C, Hodgkin and Huxley's squid axon
const REST = -0.07; // V, the round resting potential of the examples

const mV = (volts: number, options: { digits?: number; decimals?: number; sign?: boolean }) =>
  formatQuantity(volts, 'mV', options);
const mM = (concentration: number) => formatQuantity(concentration, 'mM');
const kJ = (joules: number, digits = 2) => formatNumber(joules / 1000, { digits });
/** A number as TeX writes it: an ASCII minus. */
const tex = (text: string) => text.replace('−', '-');
const ion = (z: number, inside: number, outside: number) => ({ z, inside, outside });

const EK = nernstPotential(ion(1, N.inside.K, N.outside.K), T);
const ENa = nernstPotential(ion(1, N.inside.Na, N.outside.Na), T);
const ECl = nernstPotential(ion(-1, N.inside.Cl, N.outside.Cl), T);
const ECa = nernstPotential(ion(2, N.inside.Ca, N.outside.Ca), T);
const slope = (temperature: number) => thermalVoltage(temperature) * Math.LN10;

/** The model cell with its pump rests at −69.9 mV: "about −70 mV" to two digits. */
const resting = (() => {
  const { parameters, state } = restingCell();
  return cellReadout(parameters, state).voltage;
})();

/** Charging the reference cell's membrane to E_K: Q = C_m·4πr²·|E_K|, against the K⁺ held. */
const chargingIons =
  (N.specificCapacitance * 4 * Math.PI * N.radius ** 2 * -EK) / ELEMENTARY_CHARGE;
const potassiumIons = N.inside.K * (4 / 3) * Math.PI * N.radius ** 3 * AVOGADRO;

/** The pump's least work per cycle at −70 mV: 3 Na⁺ out, 2 K⁺ in. */
const sodiumOut = -electrochemicalFreeEnergy(ion(1, N.inside.Na, N.outside.Na), REST, T);
const potassiumIn = electrochemicalFreeEnergy(ion(1, N.inside.K, N.outside.K), REST, T);

const HYPERKALAEMIA = 7; // mM outside
const EKhyper = nernstPotential(ion(1, N.inside.K, HYPERKALAEMIA), T);
const EKmoreInside = nernstPotential(
  ion(1, N.inside.K + HYPERKALAEMIA - N.outside.K, N.outside.K),
  T,
);

/** Root cells: cytosol pH 7.3 against a cell wall at pH 5.5; 100 mM K⁺ inside. */
const protonRatio = 10 ** (7.3 - 5.5);
const EH = nernstPotential(ion(1, 1, protonRatio), COOL);
const rootEK = (outside: number) => nernstPotential(ion(1, 100, outside), COOL);

const squidRatio = ion(1, 400, 20);

const tableRow = (name: string, z: number, inside: number, outside: number, e: number) =>
  `| $\\mathrm{${name}}$ | $${tex(formatNumber(z, { sign: true }))}$ | ${inside} | ${outside} | ${mV(e, { decimals: 1, sign: true }).replace(' mV', '')} |`;

const FACTS: ProseFact[] = [
  { says: '−70 mV', is: mV(resting, { digits: 2 }) },
  { says: '140 mM', is: mM(N.inside.K) },
  { says: '4 mM', is: mM(N.outside.K) },
  { says: '35 times', is: `${N.inside.K / N.outside.K} times` },
  { says: '10 µm', is: formatQuantity(N.radius, 'µm') },
  { says: '1 µF/cm²', is: formatQuantity(N.specificCapacitance, 'µF/cm²') },
  { says: '−95 mV', is: mV(EK, { digits: 2 }) },
  {
    says: 'about 7.5 million',
    is: `about ${formatNumber(chargingIons / 1e6, { digits: 2 })} million`,
  },
  {
    says: 'about $3.5 \\times 10^{11}$',
    is: `about $${formatNumber(potassiumIons / 1e11, { digits: 2 })} \\times 10^{11}$`,
  },
  {
    says: 'one ion in 47 000',
    is: `one ion in ${Math.round(potassiumIons / chargingIons / 1000)} 000`,
  },
  {
    says: '139.997 mM',
    is: formatQuantity(N.inside.K * (1 - chargingIons / potassiumIons), 'mM', { decimals: 3 }),
  },
  { says: '37 °C', is: formatQuantity(T, '°C') },
  { says: '26.73 mV', is: mV(thermalVoltage(T), { decimals: 2 }) },
  { says: '25.69 mV', is: mV(thermalVoltage(ROOM), { decimals: 2 }) },
  { says: '26.7 mV', is: mV(thermalVoltage(T), { decimals: 1 }) },
  { says: '61.5 mV', is: mV(slope(T), { decimals: 1 }) },
  { says: '59.2 mV', is: mV(slope(ROOM), { decimals: 1 }) },
  { says: '58.2 mV', is: mV(slope(COOL), { decimals: 1 }) },
  { says: '59 mV', is: mV(slope(ROOM), { digits: 2 }) },
  { says: '58 mV', is: mV(slope(COOL), { digits: 2 }) },
  { says: '123 mV', is: mV(2 * slope(T), { digits: 3 }) },
  { says: '18.5 mV', is: mV(thermalVoltage(T) * Math.LN2, { decimals: 1 }) },
  // Equal ratios, opposite valence: Cl⁻ with K⁺'s gradient.
  {
    says: '$E_\\mathrm{Cl} = +95$ mV where $E_\\mathrm{K} = -95$ mV',
    is: `$E_\\mathrm{Cl} = ${mV(-EK, { digits: 2, sign: true }).replace(' mV', '')}$ mV where $E_\\mathrm{K} = ${tex(mV(EK, { digits: 2 }).replace(' mV', ''))}$ mV`,
  },
  {
    says: '$E_\\mathrm{Cl} = +95.0$ mV: the same size',
    is: `$E_\\mathrm{Cl} = ${mV(-EK, { decimals: 1, sign: true }).replace(' mV', '')}$ mV: the same size`,
  },
  {
    says: '$E_\\mathrm{K} = -95.0$ mV',
    is: `$E_\\mathrm{K} = ${tex(mV(EK, { decimals: 1 }).replace(' mV', ''))}$ mV`,
  },
  { says: '7 mM', is: mM(N.inside.Cl) },
  { says: '120 mM', is: mM(N.outside.Cl) },
  { says: '−76 mV', is: mV(ECl, { digits: 2 }) },
  { says: '30.8 mV', is: mV(slope(T) / 2, { decimals: 1 }) },
  { says: '0.0001 mM', is: `${N.inside.Ca} mM` },
  { says: '100 nM', is: formatQuantity(N.inside.Ca, 'nM') },
  { says: '2 mM', is: mM(N.outside.Ca) },
  { says: 'a ratio of 20 000', is: `a ratio of ${N.outside.Ca / N.inside.Ca / 1000} 000` },
  {
    says: '$E_\\mathrm{Ca} \\approx +132$ mV',
    is: `$E_\\mathrm{Ca} \\approx ${mV(ECa, { digits: 3, sign: true }).replace(' mV', '')}$ mV`,
  },
  // The worked example: Z⁺ at 450 mM outside and 7.5 mM inside.
  {
    says: '\\ln 60 = 26.73\\ \\mathrm{mV} \\times 4.094 \\approx +109.4\\ \\mathrm{mV}',
    is: `\\ln ${450 / 7.5} = ${mV(thermalVoltage(T), { decimals: 2 }).replace(' mV', '')}\\ \\mathrm{mV} \\times ${Math.log(60).toFixed(3)} \\approx ${mV(nernstPotential(ion(1, 7.5, 450), T), { decimals: 1, sign: true }).replace(' mV', '')}\\ \\mathrm{mV}`,
  },
  { says: '109 mV', is: mV(nernstPotential(ion(1, 7.5, 450), T), { digits: 3 }) },
  { says: '−109.4 mV', is: mV(nernstPotential(ion(1, 450, 7.5), T), { decimals: 1 }) },
  { says: '| $\\mathrm{K^+}$ | $+1$ | 140 | 4 | −95.0 |', is: tableRow('K^+', 1, 140, 4, EK) },
  {
    says: '| $\\mathrm{Na^+}$ | $+1$ | 12 | 145 | +66.6 |',
    is: tableRow('Na^+', 1, N.inside.Na, N.outside.Na, ENa),
  },
  {
    says: '| $\\mathrm{Cl^-}$ | $-1$ | 7 | 120 | −75.9 |',
    is: tableRow('Cl^-', -1, N.inside.Cl, N.outside.Cl, ECl),
  },
  {
    says: '| $\\mathrm{Ca^{2+}}$ | $+2$ | 0.0001 | 2 | +132.3 |',
    is: tableRow('Ca^{2+}', 2, N.inside.Ca, N.outside.Ca, ECa),
  },
  // The energy stored in the neuron's K⁺ gradient, and its price at −70 mV.
  {
    says: 'RT\\ln\\frac{140}{4} \\approx 9.17\\ \\mathrm{kJ/mol}',
    is: `RT\\ln\\frac{${N.inside.K}}{${N.outside.K}} \\approx ${kJ(chemicalFreeEnergy(ion(1, N.inside.K, N.outside.K), T), 3)}\\ \\mathrm{kJ/mol}`,
  },
  {
    says: '$E_\\mathrm{K} \\approx -95.0$ mV, and $F \\times 95.0\\ \\mathrm{mV}$ is again 9.17 kJ/mol',
    is: `$E_\\mathrm{K} \\approx ${tex(mV(EK, { decimals: 1 }).replace(' mV', ''))}$ mV, and $F \\times ${mV(-EK, { decimals: 1 }).replace(' mV', '')}\\ \\mathrm{mV}$ is again ${kJ(-FARADAY * EK, 3)} kJ/mol`,
  },
  { says: '9.17 kJ/mol', is: `${kJ(-FARADAY * EK, 3)} kJ/mol` },
  { says: '2.4 kJ/mol', is: `${kJ(potassiumIn)} kJ/mol` },
  { says: '9.65 kJ/mol', is: `${kJ(FARADAY * 0.1, 3)} kJ/mol` },
  { says: '−95.0 mV', is: mV(EK, { decimals: 1 }) },
  // Hyperkalaemia: 7 mM outside.
  {
    says: '\\ln\\frac{7}{140} \\approx -80.1\\ \\mathrm{mV}',
    is: `\\ln\\frac{${HYPERKALAEMIA}}{${N.inside.K}} \\approx ${tex(mV(EKhyper, { decimals: 1 }).replace(' mV', ''))}\\ \\mathrm{mV}`,
  },
  { says: '3 mM', is: mM(HYPERKALAEMIA - N.outside.K) },
  { says: '15 mV', is: mV(EKhyper - EK, { digits: 2 }) },
  { says: '0.6 mV', is: mV(EK - EKmoreInside, { digits: 1 }) },
  // Plant roots at 20 °C.
  { says: '63-fold', is: `${Math.round(protonRatio)}-fold` },
  { says: '+105 mV', is: mV(EH, { digits: 3, sign: true }) },
  { says: '−175 mV', is: mV(rootEK(0.1), { digits: 3 }) },
  { says: '−233 mV', is: mV(rootEK(0.01), { digits: 3 }) },
  // The energy price of the Na⁺ gradient, and the pump's least work per cycle.
  { says: '12 mM', is: mM(N.inside.Na) },
  { says: '145 mM', is: mM(N.outside.Na) },
  {
    says: '−6.4 kJ/mol',
    is: `${kJ(chemicalFreeEnergy(ion(1, N.inside.Na, N.outside.Na), T))} kJ/mol`,
  },
  { says: '−6.8 kJ/mol', is: `${kJ(FARADAY * REST)} kJ/mol` },
  { says: '−13.2 kJ/mol', is: `${kJ(-sodiumOut, 3)} kJ/mol` },
  { says: 'at least 13.2 kJ', is: `at least ${kJ(sodiumOut, 3)} kJ` },
  {
    says: '$3 \\times 13.2 + 2 \\times 2.4 \\approx 44.4$ kJ',
    is: `$3 \\times ${kJ(sodiumOut, 3)} + 2 \\times ${kJ(potassiumIn)} \\approx ${kJ(3 * sodiumOut + 2 * potassiumIn, 3)}$ kJ`,
  },
  // The cold squid.
  { says: '10 %', is: `${formatNumber(100 * (1 - SQUID / T), { digits: 1 })} %` },
  { says: '24.08 mV', is: mV(thermalVoltage(SQUID), { decimals: 2 }) },
  { says: '55.4 mV', is: mV(slope(SQUID), { decimals: 1 }) },
  { says: '−72.1 mV', is: mV(nernstPotential(squidRatio, SQUID), { decimals: 1 }) },
  { says: '−80.1 mV', is: mV(nernstPotential(squidRatio, T), { decimals: 1 }) },
  { says: 'about 44 times', is: `about ${Math.round(SQUID / 6.3)} times` },
];

const GIVENS: ProseGiven[] = [
  { says: '25 °C', why: 'room temperature, where the thermal voltage is quoted' },
  { says: '20 °C', why: 'a cool room and a plant root: where the slope is quoted' },
  { says: '40 mM', why: 'a tenfold step from 4 mM the reader makes in the widget' },
  { says: '450 mM', why: 'the worked example’s outside concentration (source text)' },
  { says: '7.5 mM', why: 'the worked example’s inside concentration (source text)' },
  { says: '30 mV', why: 'the error of E_K ≈ −95 mV against the sources’ −65 to −70 mV' },
  { says: '100 mV', why: 'the step of the rule of thumb' },
  { says: '5 mM', why: 'the upper end of normal plasma K⁺, 3.5 to 5 mM (clinical range)' },
  { says: '−120 mV', why: 'a plant root’s membrane potential, measured (often below −120 mV)' },
  { says: '−200 mV', why: 'a plant root’s membrane potential, measured (sometimes near −200 mV)' },
  { says: '100 mM', why: 'K⁺ in a root cell’s cytosol, measured' },
  { says: '1 mM', why: 'the upper end of soil water’s K⁺, 0.01 to 1 mM' },
  { says: '0.1 mM', why: 'soil water’s K⁺, the example’s input' },
  { says: '0.01 mM', why: 'soil water’s K⁺, the example’s input' },
  { says: '6.3 °C', why: 'the temperature of Hodgkin and Huxley’s squid axon recordings' },
  { says: '400 mM', why: 'squid axoplasm K⁺, measured' },
  { says: '20 mM', why: 'seawater K⁺ around the squid axon, measured' },
];

describe('chapter 1’s prose', () => {
  test('states every number as the physics core computes it for the reference neuron', () => {
    expectProseNumbers(FILE, FACTS, GIVENS);
  });

  test('adds up the pump’s least work per cycle from the terms it states', () => {
    // 3 × 13.2 + 2 × 2.4 must give the total it prints, to the digit it prints.
    const byTerms = 3 * Number(kJ(sodiumOut, 3)) + 2 * Number(kJ(potassiumIn));
    expect(formatNumber(byTerms, { digits: 3 })).toBe(kJ(3 * sodiumOut + 2 * potassiumIn, 3));
  });

  test('asks at least two choice questions, each wrong option naming a documented mistake and why', () => {
    expectChoiceRules(FILE);
  });
});
