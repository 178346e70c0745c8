import { describe, test } from 'vitest';
import {
  cellReadout,
  chordConductancePotential,
  ghkCurrentDensity,
  ghkVoltage,
  GAS_CONSTANT,
  nernstPotential,
  REFERENCE_NEURON as N,
  restingCell,
  reversalPotential,
  SELECTIVITY_IONS,
  thermalVoltage,
  type PermeantIon,
} from '../../../src/physics';
import { formatNumber, formatQuantity } from '../../../src/units';
import { expectChoiceRules } from './choiceRules';
import { expectProseNumbers, type ProseFact, type ProseGiven } from './proseNumbers';

// Chapter 2's numbers, computed from the physics core and the reference neuron, against
// the numbers its prose states.

const FILE = '02-ghk.mdx';
const T = N.temperature;
const REST = -0.07; // V: where the neuron rests once its pump is counted (−69.9 mV)
const P = N.relativePermeability;

const mV = (volts: number, options: { digits?: number; decimals?: number; sign?: boolean }) =>
  formatQuantity(volts, 'mV', options);
/** A potential's number alone, as a table cell or TeX shows it (TeX with an ASCII minus). */
const cell = (volts: number) => formatNumber(volts * 1000, { decimals: 1, sign: true });
const tex = (text: string) => text.replace('−', '-');
const kJ = (joules: number, digits: number) => `${formatNumber(joules / 1000, { digits })} kJ/mol`;
/** A sum as the worked example writes its terms: no trailing float noise (0.065 × 145). */
const term = (x: number) => String(Number(x.toPrecision(10)));

const EK = nernstPotential({ z: 1, inside: N.inside.K, outside: N.outside.K }, T);
const ENa = nernstPotential({ z: 1, inside: N.inside.Na, outside: N.outside.Na }, T);
const ECl = nernstPotential({ z: -1, inside: N.inside.Cl, outside: N.outside.Cl }, T);
const ECa = nernstPotential({ z: 2, inside: N.inside.Ca, outside: N.outside.Ca }, T);

/** The reference neuron's three ions, permeabilities relative to P_K (or in m/s with pK). */
function neuronIons(pNa: number = P.Na, pCl: number = P.Cl, kOut: number = N.outside.K, pK = 1) {
  return [
    { z: 1, permeability: pK, inside: N.inside.K, outside: kOut },
    { z: 1, permeability: pK * pNa, inside: N.inside.Na, outside: N.outside.Na },
    { z: -1, permeability: pK * pCl, inside: N.inside.Cl, outside: N.outside.Cl },
  ] satisfies PermeantIon[];
}
const V = ghkVoltage(neuronIons(), T);
const sodiumOnly = (ratio: number) => ghkVoltage(neuronIons(1 / ratio, 0), T);

/** The pump–leak cell's steady state (the pump included), with P_Na/P_K = pNa. */
function pumpedRest(pNa: number = P.Na): number {
  const { parameters, state } = restingCell({
    permeability: { Na: pNa * N.potassiumPermeability },
  });
  return cellReadout(parameters, state).voltage;
}

/** The worked example's sums: top and bottom of the GHK fraction, in mM. */
const top = [N.outside.K, P.Na * N.outside.Na, P.Cl * N.inside.Cl];
const bottom = [N.inside.K, P.Na * N.inside.Na, P.Cl * N.outside.Cl];
const sum = (terms: number[]) => terms.reduce((a, b) => a + b, 0);

/** Chord conductances at rest: each ion's GHK current over its driving force. */
const chord = neuronIons(P.Na, P.Cl, N.outside.K, N.potassiumPermeability).map(
  (ion, i) => ghkCurrentDensity(ion, V, T) / (V - [EK, ENa, ECl][i]!),
);
const chordRatio = chord.map((g) => g / chord[0]!);
const asConductances = (ratios: number[]) =>
  chordConductancePotential(
    ratios.map((g, i) => ({ conductance: g, reversal: [EK, ENa, ECl][i]! })),
  );
const permeabilitiesAsConductances = asConductances([10, 10 * P.Na, 10 * P.Cl]);
const roundedChord = chordRatio.map((r) => Number((10 * r).toFixed(1)));

/** Goldman rectification of the neuron's K⁺ alone, 50 mV either side of E_K. */
const potassium = {
  z: 1,
  permeability: N.potassiumPermeability,
  inside: N.inside.K,
  outside: N.outside.K,
};
const rectification =
  ghkCurrentDensity(potassium, EK + 0.05, T) / -ghkCurrentDensity(potassium, EK - 0.05, T);

/** An NMDA-like channel: P_K : P_Na = 1 : 1, with or without P_Ca/P_K = 10. */
const calcium = (pCa: number) => ({
  z: 2,
  permeability: pCa,
  inside: N.inside.Ca,
  outside: N.outside.Ca,
});
const cationChannel = (pCa: number) =>
  reversalPotential([...neuronIons(1, 0).slice(0, 2), calcium(pCa)], T);

/** Hodgkin and Katz's resting squid axon at 6.3 °C. */
const squid = ghkVoltage(
  [
    { z: 1, permeability: 1, inside: 400, outside: 20 },
    { z: 1, permeability: 0.04, inside: 50, outside: 440 },
    { z: -1, permeability: 0.45, inside: 52, outside: 560 },
  ],
  279.45,
);

const HYPERKALAEMIA = 8; // mM outside
const RT = GAS_CONSTANT * T;

const FACTS: ProseFact[] = [
  { says: '−95 mV', is: mV(EK, { digits: 2 }) },
  { says: '−70 mV', is: mV(pumpedRest(), { digits: 2 }) },
  { says: '37 °C', is: formatQuantity(T, '°C') },
  {
    says: '| $\\mathrm{K^+}$ | 140 | 4 | −95.0 |',
    is: `| $\\mathrm{K^+}$ | ${N.inside.K} | ${N.outside.K} | ${cell(EK)} |`,
  },
  {
    says: '| $\\mathrm{Na^+}$ | 12 | 145 | +66.6 |',
    is: `| $\\mathrm{Na^+}$ | ${N.inside.Na} | ${N.outside.Na} | ${cell(ENa)} |`,
  },
  {
    says: '| $\\mathrm{Cl^-}$ | 7 | 120 | −75.9 |',
    is: `| $\\mathrm{Cl^-}$ | ${N.inside.Cl} | ${N.outside.Cl} | ${cell(ECl)} |`,
  },
  { says: '−76 mV', is: mV(ECl, { digits: 2 }) },
  { says: '−75.9 mV', is: mV(ECl, { decimals: 1 }) },
  // The worked example.
  { says: '1 : 0.065 : 0.45', is: `1 : ${P.Na} : ${P.Cl}` },
  {
    says: '1 \\times 4 + 0.065 \\times 145 + 0.45 \\times 7 = 4 + 9.425 + 3.15 = 16.575\\ \\mathrm{mM}',
    is: `1 \\times ${N.outside.K} + ${P.Na} \\times ${N.outside.Na} + ${P.Cl} \\times ${N.inside.Cl} = ${top.map(term).join(' + ')} = ${term(sum(top))}\\ \\mathrm{mM}`,
  },
  {
    says: '1 \\times 140 + 0.065 \\times 12 + 0.45 \\times 120 = 140 + 0.78 + 54 = 194.78\\ \\mathrm{mM}',
    is: `1 \\times ${N.inside.K} + ${P.Na} \\times ${N.inside.Na} + ${P.Cl} \\times ${N.outside.Cl} = ${bottom.map(term).join(' + ')} = ${term(sum(bottom))}\\ \\mathrm{mM}`,
  },
  {
    says: '\\ln\\frac{16.575}{194.78} = 26.73\\ \\mathrm{mV} \\times (-2.464) \\approx -65.9\\ \\mathrm{mV}',
    is: `\\ln\\frac{${term(sum(top))}}{${term(sum(bottom))}} = ${formatNumber(thermalVoltage(T) * 1000, { decimals: 2 })}\\ \\mathrm{mV} \\times (${tex(formatNumber(Math.log(sum(top) / sum(bottom)), { decimals: 3 }))}) \\approx ${tex(cell(V))}\\ \\mathrm{mV}`,
  },
  { says: '9.425 mM', is: formatQuantity(P.Na * N.outside.Na, 'mM', { digits: 4 }) },
  { says: '4 mM', is: formatQuantity(N.outside.K, 'mM') },
  { says: '−65.9 mV', is: mV(V, { decimals: 1 }) },
  // How far rest lies from E_K, and what the pump adds.
  { says: 'is about 15 : 1', is: `is about ${formatNumber(1 / P.Na, { digits: 2 })} : 1` },
  { says: '| K⁺ only | −95.0 |', is: `| K⁺ only | ${cell(ghkVoltage(neuronIons(0, 0), T))} |` },
  ...(
    [
      [40, '−77.8'],
      [25, '−71.2'],
      [20, '−67.5'],
      [10, '−54.3'],
      [1, '−0.5'],
    ] as const
  ).map(([ratio, says]) => ({
    says: `| ${ratio} : 1 | ${says} |`,
    is: `| ${ratio} : 1 | ${cell(sodiumOnly(ratio))} |`,
  })),
  {
    says: '| 15.4 : 1 (our neuron) | −62.8 |',
    is: `| ${formatNumber(1 / P.Na, { digits: 3 })} : 1 (our neuron) | ${cell(sodiumOnly(1 / P.Na))} |`,
  },
  {
    says: 'from −62.8 to the −65.9 mV',
    is: `from ${cell(sodiumOnly(1 / P.Na))} to the ${mV(V, { decimals: 1 })}`,
  },
  {
    says: '−71 to −78 mV',
    is: `${formatNumber(sodiumOnly(25) * 1000, { digits: 2 })} to ${mV(sodiumOnly(40), { digits: 2 })}`,
  },
  { says: '−78 mV', is: mV(sodiumOnly(40), { digits: 2 }) },
  { says: '4 mV', is: mV(V - pumpedRest(), { digits: 1 }) },
  { says: '−69.9 mV', is: mV(pumpedRest(), { decimals: 1 }) },
  { says: '−77 mV', is: mV(pumpedRest(1 / 25), { digits: 2 }) },
  { says: '−95.0 mV', is: mV(EK, { decimals: 1 }) },
  { says: '29 mV', is: mV(V - EK, { digits: 2 }) },
  {
    says: '$P_\\mathrm{Na}/P_\\mathrm{K} = 20$ gives $V_m \\approx +50.8$ mV',
    is: `$P_\\mathrm{Na}/P_\\mathrm{K} = 20$ gives $V_m \\approx ${cell(ghkVoltage(neuronIons(20), T))}$ mV`,
  },
  { says: '−57.1 mV', is: mV(squid, { decimals: 1 }) },
  // Permeability ratios are not conductance ratios.
  {
    says: 'chord conductances of roughly $1 : 0.26 : 0.53$',
    is: `chord conductances of roughly $1 : ${chordRatio
      .slice(1)
      .map((r) => r.toFixed(2))
      .join(' : ')}$`,
  },
  {
    says: '(10, 0.65 and 4.5 nS',
    is: `(10, ${term(10 * P.Na)} and ${formatQuantity(10e-9 * P.Cl, 'nS')}`,
  },
  { says: '4.5 nS', is: formatQuantity(10e-9 * P.Cl, 'nS') },
  { says: '−82.4 mV', is: mV(permeabilitiesAsConductances, { decimals: 1 }) },
  { says: '17 mV', is: mV(V - permeabilitiesAsConductances, { digits: 2 }) },
  {
    says: '(10, 2.6 and 5.3 nS)',
    is: `(${roundedChord[0]}, ${roundedChord[1]} and ${roundedChord[2]} nS)`,
  },
  { says: '5.3 nS', is: `${roundedChord[2]} nS` },
  {
    says: 'you get back to about −65.9 mV',
    is: `you get back to about ${mV(asConductances(roundedChord), { decimals: 1 })}`,
  },
  // Driving forces at rest; each difference of the rounded terms is the core's, rounded.
  ...[
    { name: 'K', e: EK, says: '$V_m - E_\\mathrm{K} = -70 - (-95.0) = +25.0$ mV' },
    { name: 'Na', e: ENa, says: '$V_m - E_\\mathrm{Na} = -70 - 66.6 = -136.6$ mV' },
    { name: 'Cl', e: ECl, says: '$V_m - E_\\mathrm{Cl} = -70 - (-75.9) = +5.9$ mV' },
  ].map(({ name, e, says }) => ({
    says,
    is: `$V_m - E_\\mathrm{${name}} = ${REST * 1000} - ${e < 0 ? `(${tex(cell(e))})` : cell(e).replace('+', '')} = ${tex(cell(REST - e))}$ mV`,
  })),
  // The I–V curve of K⁺ alone, and calcium.
  { says: '140 mM', is: formatQuantity(N.inside.K, 'mM') },
  { says: 'about 2.5 times', is: `about ${formatNumber(rectification, { digits: 2 })} times` },
  { says: 'differ 35-fold', is: `differ ${N.inside.K / N.outside.K}-fold` },
  { says: '100 nM', is: formatQuantity(N.inside.Ca, 'nM') },
  { says: '2 mM', is: formatQuantity(N.outside.Ca, 'mM') },
  { says: '−0.5 mV', is: mV(cationChannel(0), { decimals: 1 }) },
  { says: '+5.3 mV', is: mV(cationChannel(10), { decimals: 1, sign: true }) },
  {
    says: '0.1 mV',
    is: mV(reversalPotential([...neuronIons(), calcium(0.01)], T) - V, { digits: 1 }),
  },
  { says: '+132 mV', is: mV(ECa, { digits: 3, sign: true }) },
  // Selectivity.
  { says: '0.095 nm', is: formatQuantity(SELECTIVITY_IONS.Na.radius, 'nm', { digits: 3 }) },
  { says: '0.133 nm', is: formatQuantity(SELECTIVITY_IONS.K.radius, 'nm', { digits: 3 }) },
  {
    says: '70 kJ/mol',
    is: kJ(SELECTIVITY_IONS.K.hydrationEnergy - SELECTIVITY_IONS.Na.hydrationEnergy, 2),
  },
  { says: '2.58 kJ/mol', is: kJ(RT, 3) },
  {
    says: '\\approx 5.94$ kJ/mol',
    is: `\\approx ${kJ(RT * Math.LN10, 3).replace(' kJ/mol', '$ kJ/mol')}`,
  },
  { says: '17.8 kJ/mol', is: kJ(RT * Math.log(1000), 3) },
  // Hyperkalaemia and anaesthetics.
  {
    says: '−76.5 mV',
    is: mV(nernstPotential({ z: 1, inside: N.inside.K, outside: HYPERKALAEMIA }, T), {
      decimals: 1,
    }),
  },
  {
    says: '18.5 mV',
    is: mV(nernstPotential({ z: 1, inside: N.inside.K, outside: HYPERKALAEMIA }, T) - EK, {
      decimals: 1,
    }),
  },
  {
    says: '−60.1 mV',
    is: mV(ghkVoltage(neuronIons(P.Na, P.Cl, HYPERKALAEMIA), T), { decimals: 1 }),
  },
  {
    says: '5.8 mV',
    is: mV(ghkVoltage(neuronIons(P.Na, P.Cl, HYPERKALAEMIA), T) - V, { decimals: 1 }),
  },
  { says: '−74.6 mV', is: mV(ghkVoltage(neuronIons(P.Na / 2, P.Cl / 2), T), { decimals: 1 }) },
];

const GIVENS: ProseGiven[] = [
  { says: '30 mV', why: 'the gap between E_K ≈ −95 mV and the sources’ −65 to −70 mV' },
  { says: '6.3 °C', why: 'the temperature of Hodgkin and Katz’s squid axon' },
  { says: '50 mV', why: 'the step either side of E_K at which the rectification is compared' },
  { says: '1.2 nm', why: 'the length of KcsA’s selectivity filter (crystal structure, 1998)' },
  { says: '8 mM', why: 'severe hyperkalaemia, the example’s input (double the normal 4 mM)' },
  { says: '−90 mV', why: 'astrocytes’ resting potential, measured (−80 to −90 mV)' },
  {
    says: '80 %',
    why: 'ClC-1’s share of skeletal muscle’s resting conductance, measured (70 to 80 %)',
  },
];

describe('chapter 2’s prose', () => {
  test('states every number as the physics core computes it for the reference neuron', () => {
    expectProseNumbers(FILE, FACTS, GIVENS);
  });

  test('asks at least two choice questions, each wrong option naming a documented mistake and why', () => {
    expectChoiceRules(FILE);
  });
});
