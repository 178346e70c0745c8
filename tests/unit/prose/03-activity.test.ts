import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  activityCoefficient,
  activityNernstPotential,
  DEBYE_HUCKEL_A,
  DEBYE_HUCKEL_B,
  debyeHuckelConstants,
  ionicStrength,
  nernstPotential,
  REFERENCE_NEURON as N,
  thermalVoltage,
  type ActivityModel,
} from '../../../src/physics';
import { formatNumber, formatQuantity } from '../../../src/units';
import { expectProseNumbers, type ProseFact, type ProseGiven } from './proseNumbers';
import { expectChoiceRules } from './choiceRules';

// Chapter 3's numbers, computed from the physics core and the reference neuron, against the
// numbers its prose states. The activity laws use their 25 °C constants, as the chapter does.

const FILE = '03-activity.mdx';
const T25 = 298.15;
const T = N.temperature;

const mV = (volts: number, options: { digits?: number; decimals?: number; sign?: boolean }) =>
  formatQuantity(volts, 'mV', options);
const mM = (value: number, options: { digits?: number; decimals?: number } = {}) =>
  formatQuantity(value, 'mM', options);
/** A pure number as the prose prints it, 3 significant digits unless told. */
const num = (x: number, digits = 3) => formatNumber(x, { digits });
/** A ratio in words, as the prose says it: 2 is "twice" (to the nearest whole number). */
const times = (ratio: number) => ({ 2: 'twice', 3: 'three times' })[Math.round(ratio)] ?? '?';
/** TeX writes the minus as an ASCII hyphen. */
const tex = (text: string) => text.replace('−', '-');
const gamma = (z: number, strength: number, law: ActivityModel, ionSize?: number) =>
  activityCoefficient(z, strength, law, ionSize === undefined ? {} : { ionSize });

/**
 * The extracellular fluid of the chapter's table, mM: the neuron's ions, and Mg²⁺, HCO₃⁻ and
 * HPO₄²⁻ at round textbook values (givens).
 */
const FLUID = [
  { name: '\\mathrm{Na^+}', z: 1, concentration: N.outside.Na },
  { name: '\\mathrm{K^+}', z: 1, concentration: N.outside.K },
  { name: '\\mathrm{Ca^{2+}}', z: 2, concentration: N.outside.Ca },
  { name: '\\mathrm{Mg^{2+}}', z: 2, concentration: 1 },
  { name: '\\mathrm{Cl^-}', z: -1, concentration: N.outside.Cl },
  { name: '\\mathrm{HCO_3^-}', z: -1, concentration: 24 },
  { name: '\\mathrm{HPO_4^{2-}}', z: -2, concentration: 1 },
];
const FLUID_STRENGTH = ionicStrength(FLUID);
const charge = (sign: number) =>
  FLUID.filter((ion) => Math.sign(ion.z) === sign).reduce(
    (sum, ion) => sum + ion.concentration * Math.abs(ion.z),
    0,
  );

/** 1 mM CaCl₂ with and without 150 mM NaCl, mM. */
const cacl2 = (c: number, nacl = 0) =>
  ionicStrength([
    { z: 2, concentration: c },
    { z: -1, concentration: 2 * c + nacl },
    { z: 1, concentration: nacl },
  ]);

/** The Debye length as the extended law's B gives it: 1/(B√I) Å, with I in mol/L. */
const debyeFromB = (strength: number) => 1e-10 / (DEBYE_HUCKEL_B * Math.sqrt(strength / 1000));

/**
 * The three laws' table: a row per ionic strength and valence; a law's value is in italics
 * beyond the strength it is trusted to (limiting about 1 mM, extended 100 mM, Davies 500 mM).
 */
const TRUSTED_UP_TO = { limiting: 1, extended: 100, davies: 500 };
const tableRow = (strength: number, z: number) =>
  `| ${strength} | ${z} | ${(['limiting', 'extended', 'davies'] as const)
    .map((law) => {
      const shown = formatNumber(gamma(z, strength, law), { decimals: 3 });
      return strength > TRUSTED_UP_TO[law] ? `*${shown}*` : shown;
    })
    .join(' | ')} |`;

const EK = nernstPotential({ z: 1, inside: N.inside.K, outside: N.outside.K }, T);
const EKActivities = activityNernstPotential(
  { z: 1, inside: N.inside.K, outside: N.outside.K, gammaInside: 0.6, gammaOutside: 0.75 },
  T,
);
const ECa = nernstPotential({ z: 2, inside: N.inside.Ca, outside: N.outside.Ca }, T);
const ECaActivities = activityNernstPotential(
  { z: 2, inside: N.inside.Ca, outside: N.outside.Ca, gammaInside: 0.3, gammaOutside: 0.35 },
  T,
);
/** ΔE for the cytoplasm at 200 mM against the fluid's strength, by Davies, for valence z. */
const strengthShift = (z: number) =>
  (thermalVoltage(T) / z) * Math.log(gamma(z, FLUID_STRENGTH, 'davies') / gamma(z, 200, 'davies'));

/** Calibrating a Ca²⁺ electrode in 1 mM CaCl₂ and measuring it in 150 mM NaCl. */
const calibrationRatio = gamma(2, cacl2(1), 'davies') / gamma(2, cacl2(1, 150), 'davies');

/** How much the activity of KCl rises from 10 to 100 mM, by Davies at 25 °C. */
const kclRise = (10 * gamma(1, 100, 'davies')) / gamma(1, 10, 'davies');

const HYDROGEN = 10 ** -7.4 * 1000; // mM: pH 7.4
const A37 = debyeHuckelConstants(T, 74.15).A;
const davies37 = (z: number) => activityCoefficient(z, 150, 'davies', { A: A37 });

const SENTENCES: ProseFact[] = [
  // Ionic strength.
  {
    says: 'So 50 mM of $\\mathrm{CaCl_2}$ is as crowded, electrically, as 150 mM of NaCl.',
    is: `So ${mM(50)} of $\\mathrm{CaCl_2}$ is as crowded, electrically, as ${mM(cacl2(50))} of NaCl.`,
  },
  ...[
    '| $\\mathrm{Na^+}$ | $+1$ | 145 | 145 |',
    '| $\\mathrm{K^+}$ | $+1$ | 4 | 4 |',
    '| $\\mathrm{Ca^{2+}}$ | $+2$ | 2 | 8 |',
    '| $\\mathrm{Mg^{2+}}$ | $+2$ | 1 | 4 |',
    '| $\\mathrm{Cl^-}$ | $-1$ | 120 | 120 |',
    '| $\\mathrm{HCO_3^-}$ | $-1$ | 24 | 24 |',
    '| $\\mathrm{HPO_4^{2-}}$ | $-2$ | 1 | 4 |',
  ].map((says, i) => {
    const ion = FLUID[i]!;
    const z = ion.z > 0 ? `+${ion.z}` : `${ion.z}`;
    return {
      says,
      is: `| $${ion.name}$ | $${z}$ | ${ion.concentration} | ${ion.concentration * ion.z ** 2} |`,
    };
  }),
  {
    says: '| **sum** | | | **309** |',
    is: `| **sum** | | | **${FLUID.reduce((s, ion) => s + ion.concentration * ion.z ** 2, 0)}** |`,
  },
  {
    says: 'Half of 309 mM gives $I \\approx 154.5$ mM',
    is: `Half of ${mM(2 * FLUID_STRENGTH)} gives $I \\approx ${FLUID_STRENGTH}$ mM`,
  },
  {
    says: 'calcium, at only 2 mM, contributes twice as much as potassium at 4 mM',
    is: `calcium, at only ${mM(N.outside.Ca)}, contributes ${times((N.outside.Ca * 4) / N.outside.K)} as much as potassium at ${mM(N.outside.K)}`,
  },
  {
    says: 'about 155 mM of positive charge against 146 mM of negative',
    is: `about ${mM(charge(1))} of positive charge against ${mM(charge(-1))} of negative`,
  },
  { says: '$I \\approx 155$ mM', is: `$I \\approx ${num(FLUID_STRENGTH)}$ mM` },
  {
    says: 'mostly $\\mathrm{K^+}$, about 140 mM',
    is: `mostly $\\mathrm{K^+}$, about ${mM(N.inside.K)}`,
  },
  // The limiting law.
  {
    says: '$A = 0.509\\ (\\mathrm{mol/L})^{-1/2}$',
    is: `$A = ${DEBYE_HUCKEL_A}\\ (\\mathrm{mol/L})^{-1/2}$`,
  },
  {
    says: 'about 9.6 nm at 1 mM, 3.0 nm at 10 mM and only 0.79 nm at 150 mM',
    is: `about ${formatQuantity(debyeFromB(1), 'nm', { digits: 2 })} at ${mM(1)}, ${formatQuantity(debyeFromB(10), 'nm', { decimals: 1 })} at ${mM(10)} and only ${formatQuantity(debyeFromB(150), 'nm', { digits: 2 })} at ${mM(150)}`,
  },
  { says: '$0.9^4 \\approx 0.66$', is: `$0.9^4 \\approx ${num(0.9 ** 4, 2)}$` },
  {
    says: '$\\log_{10}\\gamma = -0.509 \\times 0.0316 = -0.0161$ and $\\gamma \\approx 0.964$',
    is: `$\\log_{10}\\gamma = -${DEBYE_HUCKEL_A} \\times ${num(Math.sqrt(0.001))} = ${tex(num(Math.log10(gamma(1, 1, 'limiting'))))}$ and $\\gamma \\approx ${num(gamma(1, 1, 'limiting'))}$`,
  },
  {
    says: '$\\sqrt{0.150} \\approx 0.387$, so $\\log_{10}\\gamma = -0.197$ and $\\gamma \\approx 0.635$',
    is: `$\\sqrt{0.150} \\approx ${num(Math.sqrt(0.15))}$, so $\\log_{10}\\gamma = ${tex(num(Math.log10(gamma(1, 150, 'limiting'))))}$ and $\\gamma \\approx ${num(gamma(1, 150, 'limiting'))}$`,
  },
  // The extended law and Davies.
  { says: '$B = 0.328', is: `$B = ${DEBYE_HUCKEL_B}` },
  {
    says: '$a/\\lambda_D \\approx 0.57$, which softens $\\log\\gamma$ by a factor of about 1.6 and gives $\\gamma \\approx 0.749$',
    is: `$a/\\lambda_D \\approx ${num(4.5e-10 / debyeFromB(150), 2)}$, which softens $\\log\\gamma$ by a factor of about ${num(1 + 4.5e-10 / debyeFromB(150), 2)} and gives $\\gamma \\approx ${num(gamma(1, 150, 'extended', 4.5e-10))}$`,
  },
  {
    says: 'Davies equation gives $\\gamma \\approx 0.760$ for a monovalent ion and $0.334$ for a divalent one',
    is: `Davies equation gives $\\gamma \\approx ${formatNumber(gamma(1, 150, 'davies'), { decimals: 3 })}$ for a monovalent ion and $${num(gamma(2, 150, 'davies'))}$ for a divalent one`,
  },
  {
    says: 'has climbed back to about 0.79, above its value at 100 mM',
    is: `has climbed back to about ${num(gamma(1, 1000, 'davies'), 2)}, above its value at ${gamma(1, 1000, 'davies') > gamma(1, 100, 'davies') ? mM(100) : '?'}`,
  },
  ...[1, 10, 100, 150, 500].flatMap((strength) =>
    [1, 2].map((z) => ({ says: tableRow(strength, z), is: tableRow(strength, z) })),
  ),
  {
    says: 'Davies gives $\\log_{10}\\gamma = -0.119$ for a monovalent ion and $-0.477$ for a divalent one',
    is: `Davies gives $\\log_{10}\\gamma = ${tex(num(Math.log10(gamma(1, 150, 'davies'))))}$ for a monovalent ion and $${tex(num(Math.log10(gamma(2, 150, 'davies'))))}$ for a divalent one`,
  },
  {
    says: 'that is 0.76 against 0.33',
    is: `that is ${num(gamma(1, 150, 'davies'), 2)} against ${num(gamma(2, 150, 'davies'), 2)}`,
  },
  // Activities in the Nernst equation.
  {
    says: 'Davies gives $\\gamma = 0.747$ inside and $0.759$ outside for a monovalent ion, and $E_\\mathrm{K}$ shifts by only about 0.4 mV',
    is: `Davies gives $\\gamma = ${num(gamma(1, 200, 'davies'))}$ inside and $${num(gamma(1, FLUID_STRENGTH, 'davies'))}$ outside for a monovalent ion, and $E_\\mathrm{K}$ shifts by only about ${mV(strengthShift(1), { digits: 1 })}`,
  },
  {
    says: 'about 0.8 mV against 0.4 mV',
    is: `about ${mV(strengthShift(2), { digits: 1 })} against ${mV(strengthShift(1), { digits: 1 })}`,
  },
  {
    says: "our neuron's 140 mM inside and 4 mM outside, at 37 °C",
    is: `our neuron's ${mM(N.inside.K)} inside and ${mM(N.outside.K)} outside, at ${formatQuantity(T, '°C')}`,
  },
  {
    says: '\\Delta E = 26.73\\ \\mathrm{mV} \\times \\ln\\frac{0.75}{0.6} = 26.73\\ \\mathrm{mV} \\times 0.223 \\approx +5.96\\ \\mathrm{mV}',
    is: `\\Delta E = ${formatNumber(thermalVoltage(T) * 1000, { decimals: 2 })}\\ \\mathrm{mV} \\times \\ln\\frac{0.75}{0.6} = ${formatNumber(thermalVoltage(T) * 1000, { decimals: 2 })}\\ \\mathrm{mV} \\times ${num(Math.log(0.75 / 0.6))} \\approx ${formatNumber((EKActivities - EK) * 1000, { digits: 3, sign: true })}\\ \\mathrm{mV}`,
  },
  {
    says: 'moves from −95.0 mV (concentrations) to −89.1 mV (activities)',
    is: `moves from ${mV(EK, { decimals: 1 })} (concentrations) to ${mV(EKActivities, { decimals: 1 })} (activities)`,
  },
  {
    says: '$\\Delta E = 13.36\\ \\mathrm{mV} \\times \\ln 1.167 \\approx +2.1$ mV, and $E_\\mathrm{Ca}$ moves from +132.3 to +134.4 mV',
    is: `$\\Delta E = ${formatNumber((thermalVoltage(T) / 2) * 1000, { decimals: 2 })}\\ \\mathrm{mV} \\times \\ln ${num(0.35 / 0.3, 4)} \\approx ${formatNumber((ECaActivities - ECa) * 1000, { digits: 2, sign: true })}$ mV, and $E_\\mathrm{Ca}$ moves from ${formatNumber(ECa * 1000, { decimals: 1, sign: true })} to ${mV(ECaActivities, { decimals: 1, sign: true })}`,
  },
  {
    says: 'moves $E_\\mathrm{K}$ by about 2.5 mV',
    is: `moves $E_\\mathrm{K}$ by about ${mV(thermalVoltage(T) * Math.log(1.1), { digits: 2 })}`,
  },
  {
    says: 'shifts by about +6 mV at 37 °C',
    is: `shifts by about ${mV(EKActivities - EK, { digits: 1, sign: true })} at ${formatQuantity(T, '°C')}`,
  },
  {
    says: 'at 150 mM it gives 0.635',
    is: `at ${mM(150)} it gives ${num(gamma(1, 150, 'limiting'))}`,
  },
  {
    says: 'at 150 mM, $\\gamma \\approx 0.76$ for monovalent and 0.33 for divalent ions',
    is: `at ${mM(150)}, $\\gamma \\approx ${num(gamma(1, 150, 'davies'), 2)}$ for monovalent and ${num(gamma(2, 150, 'davies'), 2)} for divalent ions`,
  },
  // Electrodes, pH and lab solutions.
  {
    says: 'In plasma with 4 mM $\\mathrm{K^+}$ and $\\gamma \\approx 0.75$, a potassium electrode responds to an activity of about 3.0 mM',
    is: `In plasma with ${mM(N.outside.K)} $\\mathrm{K^+}$ and $\\gamma \\approx 0.75$, a potassium electrode responds to an activity of about ${mM(0.75 * N.outside.K, { decimals: 1 })}`,
  },
  {
    says: 'about 39.8 nM. With $\\gamma \\approx 0.76$ from Davies at 154.5 mM, the free hydrogen-ion concentration is about 52 nM (about 49 nM',
    is: `about ${formatQuantity(HYDROGEN, 'nM', { digits: 3 })}. With $\\gamma \\approx ${num(gamma(1, FLUID_STRENGTH, 'davies'), 2)}$ from Davies at ${mM(FLUID_STRENGTH, { digits: 4 })}, the free hydrogen-ion concentration is about ${formatQuantity(HYDROGEN / gamma(1, FLUID_STRENGTH, 'davies'), 'nM', { digits: 2 })} (about ${formatQuantity(HYDROGEN / gamma(1, FLUID_STRENGTH, 'extended', 9e-10), 'nM', { digits: 2 })}`,
  },
  {
    says: 'The difference is about 0.1 pH unit',
    is: `The difference is about ${num(-Math.log10(gamma(1, FLUID_STRENGTH, 'davies')), 1)} pH unit`,
  },
  {
    says: '($I = 3$ mM, $\\gamma_\\mathrm{Ca} \\approx 0.79$ by Davies), then measure 1 mM $\\mathrm{CaCl_2}$ in 150 mM NaCl ($I = 153$ mM, $\\gamma_\\mathrm{Ca} \\approx 0.33$). The activity differs by a factor of about 2.4, the electrode reads about 11 mV lower at 25 °C, and the sample seems to hold only about 0.4 mM calcium',
    is: `($I = ${cacl2(1)}$ mM, $\\gamma_\\mathrm{Ca} \\approx ${num(gamma(2, cacl2(1), 'davies'), 2)}$ by Davies), then measure ${mM(1)} $\\mathrm{CaCl_2}$ in ${mM(150)} NaCl ($I = ${cacl2(1, 150)}$ mM, $\\gamma_\\mathrm{Ca} \\approx ${num(gamma(2, cacl2(1, 150), 'davies'), 2)}$). The activity differs by a factor of about ${num(calibrationRatio, 2)}, the electrode reads about ${mV((thermalVoltage(T25) / 2) * Math.log(calibrationRatio), { digits: 2 })} lower at ${formatQuantity(T25, '°C')}, and the sample seems to hold only about ${mM(1 / calibrationRatio, { digits: 1 })} calcium`,
  },
  { says: '3 mM', is: mM(cacl2(1)) },
  { says: 'its activity is 3 mM', is: `its activity is ${mM(0.75 * N.outside.K)}` },
  {
    says: '$\\gamma$ falls from 0.902 to 0.782, so the activity rises only 8.7-fold and the voltage changes by about 55.5 mV instead of 59.2 mV',
    is: `$\\gamma$ falls from ${num(gamma(1, 10, 'davies'))} to ${num(gamma(1, 100, 'davies'))}, so the activity rises only ${num(kclRise, 2)}-fold and the voltage changes by about ${mV(thermalVoltage(T25) * Math.log(kclRise), { decimals: 1 })} instead of ${mV(thermalVoltage(T25) * Math.LN10, { decimals: 1 })}`,
  },
  {
    says: 'the Nernst potential from concentrations is 100.5 mV. The Davies coefficients, 0.902 and 0.734, bring the potential from activities down to 95.2 mV',
    is: `the Nernst potential from concentrations is ${mV(thermalVoltage(T25) * Math.log(50), { decimals: 1 })}. The Davies coefficients, ${num(gamma(1, 10, 'davies'))} and ${num(gamma(1, 500, 'davies'))}, bring the potential from activities down to ${mV(thermalVoltage(T25) * Math.log((500 * gamma(1, 500, 'davies')) / (10 * gamma(1, 10, 'davies'))), { decimals: 1 })}`,
  },
  {
    says: '$A$ rises from 0.509 to about 0.523, which lowers $\\gamma$ at physiological strength by about 0.006 for a monovalent ion and 0.01 for a divalent one',
    is: `$A$ rises from ${DEBYE_HUCKEL_A} to about ${num(A37)}, which lowers $\\gamma$ at physiological strength by about ${num(gamma(1, 150, 'davies') - davies37(1), 1)} for a monovalent ion and ${num(gamma(2, 150, 'davies') - davies37(2), 1)} for a divalent one`,
  },
  // The choice questions.
  {
    says: 'about 7.7 mV at 37 °C',
    is: `about ${mV(thermalVoltage(T) * Math.log(1 / 0.75), { digits: 2 })} at ${formatQuantity(T, '°C')}`,
  },
  {
    says: "not calcium's own 2 mM; and with z² = 4, calcium feels it strongly: γ is about 0.33",
    is: `not calcium's own ${mM(N.outside.Ca)}; and with z² = 4, calcium feels it strongly: γ is about ${num(gamma(2, 150, 'davies'), 2)}`,
  },
  {
    says: 'At 150 mM it gives 0.16 for Ca²⁺, half the Davies value',
    is: `At ${mM(150)} it gives ${num(gamma(2, 150, 'limiting'), 2)} for Ca²⁺, ${times(gamma(2, 150, 'davies') / gamma(2, 150, 'limiting')) === 'twice' ? 'half' : '?'} the Davies value`,
  },
];

/**
 * Each sentence, and each number with a unit in it on its own: the scan of the prose finds
 * the numbers, and a sentence built from the core accounts for each of them.
 */
const FACTS: ProseFact[] = SENTENCES;

const GIVENS: ProseGiven[] = [
  { says: '300 mM', why: 'body fluids’ small ions counted with both signs, a round value' },
  { says: '150 mM', why: 'the round "physiological" ionic strength the chapter works with' },
  { says: '25 °C', why: 'the temperature for which the constants A and B are tabulated' },
  {
    says: '1 mM',
    why: 'an ionic strength the laws are evaluated at, and the limiting law’s range',
  },
  { says: '10 mM', why: 'an ionic strength the laws are evaluated at, and a KCl standard' },
  { says: '100 mM', why: 'the extended law’s range, and a KCl standard' },
  { says: '500 mM', why: 'the Davies equation’s range, and the bilayer example’s salt' },
  { says: '0.1 nm', why: 'the definition of the ångström' },
  { says: '10 %', why: 'the example’s error in the outside K⁺ concentration' },
  { says: '5 mV', why: 'an example of an error that misleads a selectivity test' },
  { says: '2.6 mM', why: 'total plasma calcium, clinical reference range 2.2 to 2.6 mM' },
  { says: '1.3 mM', why: 'ionised plasma calcium, clinical reference range 1.1 to 1.3 mM' },
];

describe('chapter 3’s prose', () => {
  test('states every number as the physics core computes it', () => {
    expectProseNumbers(FILE, FACTS, GIVENS);
  });

  test('dates the Davies coefficient 0.3 to 1962 (Ion Association), not to the 1938 paper', () => {
    const source = readFileSync(join(import.meta.dirname, '../../../content/en', FILE), 'utf8');
    expect(source).toContain('0.3, from his 1962 book *Ion Association*');
    expect(source).not.toMatch(/In 1938 Cecil Davies proposed a version[^.]*:\n/);
  });

  test('asks at least two choice questions, each wrong option naming a documented mistake and why', () => {
    expectChoiceRules(FILE);
  });
});
