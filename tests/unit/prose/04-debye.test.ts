import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  AVOGADRO,
  cellReadout,
  debyeLength,
  ELEMENTARY_CHARGE,
  ionicStrength,
  membraneCapacitance,
  membraneChargeDensity,
  membraneField,
  REFERENCE_NEURON as N,
  restingCell,
  sphericalCellCharge,
  thermalVoltage,
  VACUUM_PERMITTIVITY,
} from '../../../src/physics';
import { formatNumber, formatQuantity } from '../../../src/units';
import { expectProseNumbers, type ProseFact, type ProseGiven } from './proseNumbers';
import { expectChoiceRules } from './choiceRules';

// Chapter 4's numbers, computed from the physics core and the reference neuron (its radius,
// membrane capacitance, K⁺ inside and resting potential), against the numbers its prose states.

const FILE = '04-debye.mdx';
const T = N.temperature;
/** Water's relative permittivity at 37 °C, and the round value near 20 °C. */
const WATER = 74.15;
const WATER_ROUND = 80;
const LIPID = 2;
const CORE = 5e-9; // m, the hydrocarbon core
const BODY_FLUID = 150; // mM

/** The neuron's resting potential, pump included (−69.9 mV), as the chapter rounds it. */
const { parameters, state } = restingCell();
const REST = Number(cellReadout(parameters, state).voltage.toFixed(2)); // −0.07 V

const nm = (metres: number, options: { digits?: number; decimals?: number }) =>
  formatQuantity(metres, 'nm', options);
const capacitance = (faradsPerSquareMetre: number, digits: number) =>
  formatQuantity(faradsPerSquareMetre, 'µF/cm²', { digits });
/** A whole number with its thousands set apart by a space, as the prose writes 13 000. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
/** x as TeX's "m \times 10^{e}", the mantissa to `digits` significant digits. */
const power = (x: number, digits: number) => {
  const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
  return `${mantissa!} \\times 10^{${Number(exponent)}}`;
};

const bodyDebye = debyeLength(BODY_FLUID, T, WATER);
const debyeAt = (strength: number) => debyeLength(strength, T, WATER);
const lipidCapacitance = membraneCapacitance(LIPID, CORE);
const sigma = membraneChargeDensity(N.specificCapacitance, REST);
const cell = (radius: number) =>
  sphericalCellCharge({
    radius,
    specificCapacitance: N.specificCapacitance,
    voltage: REST,
    z: 1,
    concentration: N.inside.K,
  });
const neuron = cell(N.radius);
const cloudCapacitance = (VACUUM_PERMITTIVITY * WATER) / bodyDebye;

const SENTENCES: ProseFact[] = [
  {
    says: 'a resting potential of about −70 mV',
    is: `a resting potential of about ${formatQuantity(REST, 'mV', { digits: 2 })}`,
  },
  {
    says: 'about $2 \\times 10^{20}$ ions in every millilitre',
    is: `about $${power((300 / 1000) * AVOGADRO * 1e-3, 1)}$ ions in every millilitre`,
  },
  {
    says: 'about 80 for water near 20 °C, about 74 at 37 °C',
    is: `about ${WATER_ROUND} for water near 20 °C, about ${formatNumber(WATER, { digits: 2 })} at ${formatQuantity(T, '°C')}`,
  },
  {
    says: '1 mM of $\\mathrm{CaCl_2}$ has an ionic strength of 3 mM',
    is: `1 mM of $\\mathrm{CaCl_2}$ has an ionic strength of ${formatQuantity(
      ionicStrength([
        { z: 2, concentration: 1 },
        { z: -1, concentration: 2 },
      ]),
      'mM',
    )}`,
  },
  {
    says: 'about 150 mM, $T = 310.15$ K and $\\varepsilon_r = 74.15$, the Debye length is **0.78 nm**. With the round value $\\varepsilon_r = 80$ it is 0.81 nm.',
    is: `about ${BODY_FLUID} mM, $T = ${T}$ K and $\\varepsilon_r = ${WATER}$, the Debye length is **${nm(bodyDebye, { digits: 2 })}**. With the round value $\\varepsilon_r = ${WATER_ROUND}$ it is ${nm(debyeLength(BODY_FLUID, T, WATER_ROUND), { digits: 2 })}.`,
  },
  {
    says: '$\\lambda_\\mathrm{D} \\approx 0.30\\ \\mathrm{nm}/\\sqrt{I}$',
    is: `$\\lambda_\\mathrm{D} \\approx ${formatNumber(debyeAt(1000) * 1e9, { decimals: 2 })}\\ \\mathrm{nm}/\\sqrt{I}$`,
  },
  {
    says: 'our neuron, a cell body 10 µm in radius: nearly 13 000 Debye lengths',
    is: `our neuron, a cell body ${formatQuantity(N.radius, 'µm')} in radius: nearly ${grouped(Number((N.radius / bodyDebye).toPrecision(2)))} Debye lengths`,
  },
  {
    says: 'stadium 100 m in radius, and the screening layer would be less than a centimetre thick',
    is: `stadium 100 m in radius, and the screening layer would be ${(100 * bodyDebye) / N.radius < 0.01 ? 'less than a centimetre' : '?'} thick`,
  },
  {
    says: 'After one Debye length, 37 % of the surface potential is left; after three, 5 %; after five, under 1 %. At physiological ionic strength, five Debye lengths is less than 4 nm.',
    is: `After one Debye length, ${formatQuantity(Math.exp(-1), '%', { digits: 2 })} of the surface potential is left; after three, ${formatQuantity(Math.exp(-3), '%', { digits: 1 })}; after five, ${Math.exp(-5) < 0.01 ? 'under 1 %' : '?'}. At physiological ionic strength, five Debye lengths is less than ${nm(Math.ceil(5 * bodyDebye * 1e9) * 1e-9, { digits: 1 })}.`,
  },
  {
    says: '$RT/F \\approx 27$ mV at 37 °C',
    is: `$RT/F \\approx ${formatNumber(thermalVoltage(T) * 1000, { digits: 2 })}$ mV at ${formatQuantity(T, '°C')}`,
  },
  // The debye widget's presets.
  {
    says: 'the Debye length of about 0.78 nm. Try `seawater` (700 mM): about 0.36 nm. Try `dilute` (1 mM): about 9.5 nm.',
    is: `the Debye length of about ${nm(bodyDebye, { digits: 2 })}. Try \`seawater\` (700 mM): about ${nm(debyeAt(700), { digits: 2 })}. Try \`dilute\` (1 mM): about ${nm(debyeAt(1), { digits: 2 })}.`,
  },
  {
    says: '$\\lambda_\\mathrm{D}$ reaches about 1 µm, a tenth of the cell radius',
    is: `$\\lambda_\\mathrm{D}$ reaches about ${formatQuantity(debyeAt(1e-4), 'µm', { digits: 1 })}, ${Math.round(N.radius / debyeAt(1e-4)) === 10 ? 'a tenth' : '?'} of the cell radius`,
  },
  {
    says: 'with a 10 µm radius and a 0.8 nm layer',
    is: `with a ${formatQuantity(N.radius, 'µm')} radius and a ${nm(bodyDebye, { digits: 1 })} layer`,
  },
  // The membrane capacitor.
  {
    says: 'C = \\frac{8.854 \\times 10^{-12}\\ \\mathrm{F/m} \\times 2}{5 \\times 10^{-9}\\ \\mathrm{m}} \\approx 3.54 \\times 10^{-3}\\ \\mathrm{F/m^2} = 0.354\\ \\mu\\mathrm{F/cm^2}',
    is: `C = \\frac{${power(VACUUM_PERMITTIVITY, 4)}\\ \\mathrm{F/m} \\times ${LIPID}}{${power(CORE, 1)}\\ \\mathrm{m}} \\approx ${power(lipidCapacitance, 3)}\\ \\mathrm{F/m^2} = ${formatNumber(lipidCapacitance * 100, { digits: 3 })}\\ \\mu\\mathrm{F/cm^2}`,
  },
  {
    says: 'Measured cell membranes give close to **1 µF/cm²**, almost three times our estimate',
    is: `Measured cell membranes give close to **${capacitance(N.specificCapacitance, 1)}**, almost ${Math.round(N.specificCapacitance / lipidCapacitance) === 3 ? 'three' : '?'} times our estimate`,
  },
  {
    says: 'reproduces 1 µF/cm² with an *effective* thickness of 4.4 nm and permittivity of 5',
    is: `reproduces ${capacitance(membraneCapacitance(5, 4.4e-9), 1)} with an *effective* thickness of 4.4 nm and permittivity of 5`,
  },
  {
    says: '\\sigma = 0.01\\ \\mathrm{F/m^2} \\times (-0.070\\ \\mathrm{V}) = -7 \\times 10^{-4}\\ \\mathrm{C/m^2}',
    is: `\\sigma = ${N.specificCapacitance}\\ \\mathrm{F/m^2} \\times (${REST.toFixed(3)}\\ \\mathrm{V}) = ${power(sigma, 1)}\\ \\mathrm{C/m^2}`,
  },
  {
    says: 'one unpaired elementary charge per 230 square nanometres or so, a patch about 15 nm on a side',
    is: `one unpaired elementary charge per ${formatNumber((ELEMENTARY_CHARGE / -sigma) * 1e18, { digits: 2 })} square nanometres or so, a patch about ${nm(Math.sqrt(ELEMENTARY_CHARGE / -sigma), { digits: 2 })} on a side`,
  },
  {
    says: 'about 84 µF/cm² at physiological ionic strength',
    is: `about ${capacitance(cloudCapacitance, 2)} at physiological ionic strength`,
  },
  // The field.
  {
    says: 'E = \\frac{V_m}{d} = \\frac{-0.070\\ \\mathrm{V}}{5 \\times 10^{-9}\\ \\mathrm{m}} = -1.4 \\times 10^{7}\\ \\mathrm{V/m}',
    is: `E = \\frac{V_m}{d} = \\frac{${REST.toFixed(3)}\\ \\mathrm{V}}{${power(CORE, 1)}\\ \\mathrm{m}} = ${power(membraneField(REST, CORE), 2)}\\ \\mathrm{V/m}`,
  },
  {
    says: 'so every resting membrane holds a field nearly five times stronger',
    is: `so every resting membrane holds a field nearly ${Math.round(-membraneField(REST, CORE) / 3e6) === 5 ? 'five' : '?'} times stronger`,
  },
  {
    says: 'a field $80/2 = 40$ times stronger in the lipid than in water. (With $\\varepsilon_r = 74$ at 37 °C the factor is about 37.)',
    is: `a field $${WATER_ROUND}/${LIPID} = ${WATER_ROUND / LIPID}$ times stronger in the lipid than in water. (With $\\varepsilon_r = ${formatNumber(WATER, { digits: 2 })}$ at ${formatQuantity(T, '°C')} the factor is about ${formatNumber(WATER / LIPID, { digits: 2 })}.)`,
  },
  // How few ions it takes.
  {
    says: "For $r = 10$ µm, $C = 1$ µF/cm² and $V_m = -70$ mV, the cell's capacitance is about 12.6 pF and $Q \\approx -8.8 \\times 10^{-13}$ C. Each $\\mathrm{K^+}$ carries one elementary charge, $1.602 \\times 10^{-19}$ C, so about **5.5 million** ions must leave.",
    is: `For $r = ${N.radius * 1e6}$ µm, $C = ${N.specificCapacitance * 100}$ µF/cm² and $V_m = ${REST * 1000}$ mV, the cell's capacitance is about ${formatQuantity(neuron.area * N.specificCapacitance, 'pF', { digits: 3 })} and $Q \\approx ${power(neuron.charge, 2)}$ C. Each $\\mathrm{K^+}$ carries one elementary charge, $${power(ELEMENTARY_CHARGE, 4)}$ C, so about **${formatNumber(neuron.ionsMoved / 1e6, { digits: 2 })} million** ions must leave.`,
  },
  {
    says: 'Its volume is $\\tfrac{4}{3}\\pi r^3 \\approx 4.2 \\times 10^{-15}\\ \\mathrm{m^3}$, about 4.2 picolitres, and at 140 mM that is about $3.5 \\times 10^{11}$ potassium ions. The ions that charge the membrane are a fraction of about $1.6 \\times 10^{-5}$: **one in 64 000**. The inside concentration falls from 140 mM to about 139.998 mM.',
    is: `Its volume is $\\tfrac{4}{3}\\pi r^3 \\approx ${power(neuron.volume, 2)}\\ \\mathrm{m^3}$, about ${formatNumber(neuron.volume * 1e15, { digits: 2 })} picolitres, and at ${formatQuantity(N.inside.K, 'mM')} that is about $${power(neuron.ionsInCell, 2)}$ potassium ions. The ions that charge the membrane are a fraction of about $${power(neuron.fraction, 2)}$: **one in ${grouped(Number((1 / neuron.fraction).toPrecision(2)))}**. The inside concentration falls from ${formatQuantity(N.inside.K, 'mM')} to about ${formatQuantity(N.inside.K * (1 - neuron.fraction), 'mM', { decimals: 3 })}.`,
  },
  {
    says: 'Even for a radius of 0.5 µm it is only about one in 3200.',
    is: `Even for a radius of 0.5 µm it is only about one in ${Number((1 / cell(0.5e-6).fraction).toPrecision(2))}.`,
  },
  // The recap.
  {
    says: 'about 0.78 nm at 150 mM and 37 °C',
    is: `about ${nm(bodyDebye, { digits: 2 })} at ${BODY_FLUID} mM and ${formatQuantity(T, '°C')}`,
  },
  {
    says: 'A 10 µm cell radius is some 13 000 Debye lengths',
    is: `A ${formatQuantity(N.radius, 'µm')} cell radius is some ${grouped(Number((N.radius / bodyDebye).toPrecision(2)))} Debye lengths`,
  },
  {
    says: 'gives 0.35 µF/cm² for 5 nm of lipid with $\\varepsilon_r = 2$; real membranes measure about 1 µF/cm²',
    is: `gives ${capacitance(lipidCapacitance, 2)} for 5 nm of lipid with $\\varepsilon_r = ${LIPID}$; real membranes measure about ${capacitance(N.specificCapacitance, 1)}`,
  },
  {
    says: '−70 mV over 5 nm is $-1.4 \\times 10^7$ V/m, and the same surface charge makes a field about 40 times stronger',
    is: `${formatQuantity(REST, 'mV')} over 5 nm is $${power(membraneField(REST, CORE), 2).replace(/\{(\d+)\}/, '$1')}$ V/m, and the same surface charge makes a field about ${WATER_ROUND / LIPID} times stronger`,
  },
  {
    says: 'Charging a 10 µm cell to −70 mV moves about 5.5 million ions, one in 64 000 of its',
    is: `Charging a ${formatQuantity(N.radius, 'µm')} cell to ${formatQuantity(REST, 'mV')} moves about ${formatNumber(neuron.ionsMoved / 1e6, { digits: 2 })} million ions, one in ${grouped(Number((1 / neuron.fraction).toPrecision(2)))} of its`,
  },
  // Applications.
  {
    says: '100 nm of lipid has a specific capacitance of only about 0.018 µF/cm², a twentieth of a single 5 nm core',
    is: `100 nm of lipid has a specific capacitance of only about ${capacitance(membraneCapacitance(LIPID, 100e-9), 2)}, ${Math.round(lipidCapacitance / membraneCapacitance(LIPID, 100e-9)) === 20 ? 'a twentieth' : '?'} of a single 5 nm core`,
  },
  {
    says: 'the field in the lipid reaches $10^8$ V/m or more',
    is: `the field in the lipid reaches $10^${Math.log10(membraneField(0.5, CORE))}$ V/m or more`,
  },
  {
    says: 'at 1 mM the Debye length is about 10 nm, in pure water about 1 µm',
    is: `at 1 mM the Debye length is about ${nm(debyeAt(1), { digits: 1 })}, in pure water about ${formatQuantity(debyeAt(1e-4), 'µm', { digits: 1 })}`,
  },
  {
    says: 'the ideal 0.35 µF/cm²',
    is: `the ideal ${capacitance(lipidCapacitance, 2)}`,
  },
  // The choice questions.
  {
    says: 'Our neuron, 10 µm in radius, rests near −70 mV in fluids of ionic strength about 150 mM',
    is: `Our neuron, ${formatQuantity(N.radius, 'µm')} in radius, rests near ${formatQuantity(REST, 'mV')} in fluids of ionic strength about ${BODY_FLUID} mM`,
  },
  {
    says: 'At 150 mM the Debye length is about 0.8 nm, some 13 000 times smaller than the radius',
    is: `At ${BODY_FLUID} mM the Debye length is about ${nm(bodyDebye, { digits: 1 })}, some ${grouped(Number((N.radius / bodyDebye).toPrecision(2)))} times smaller than the radius`,
  },
  {
    says: "The Debye length, about 0.8 nm, is tiny next to the 10 µm radius, so the bulk is neutral. The unpaired charge, some 5.5 million ions' worth",
    is: `The Debye length, about ${nm(bodyDebye, { digits: 1 })}, is tiny next to the ${formatQuantity(N.radius, 'µm')} radius, so the bulk is neutral. The unpaired charge, some ${formatNumber(neuron.ionsMoved / 1e6, { digits: 2 })} million ions' worth`,
  },
  {
    says: 'Charged to −70 mV, the membrane is a capacitor with about $7 \\times 10^{-4}\\ \\mathrm{C/m^2}$ of charge on each face',
    is: `Charged to ${formatQuantity(REST, 'mV')}, the membrane is a capacitor with about $${power(-sigma, 1)}\\ \\mathrm{C/m^2}$ of charge on each face`,
  },
  {
    says: 'In 150 mM salt the screening cloud is about 0.8 nm thick',
    is: `In ${BODY_FLUID} mM salt the screening cloud is about ${nm(bodyDebye, { digits: 1 })} thick`,
  },
];

/**
 * Each sentence, and each number with a unit in it on its own: the scan of the prose finds
 * the numbers, and a sentence built from the core accounts for each of them.
 */
const FACTS: ProseFact[] = SENTENCES;

const GIVENS: ProseGiven[] = [
  { says: '300 mM', why: 'the small ions of body fluids counted with both signs, a round value' },
  {
    says: '150 mM',
    why: 'the round physiological ionic strength (154.5 mM for chapter 3’s fluid)',
  },
  { says: '1 mM', why: 'a dilute solution’s ionic strength, the example’s input' },
  { says: '20 °C', why: 'where water’s permittivity is the familiar 80; a slider example' },
  { says: '40 °C', why: 'the other end of the slider example' },
  { says: '700 mM', why: 'the ionic strength of seawater, the preset’s input' },
  {
    says: '0.0001 mM',
    why: 'pure water: 10⁻⁷ mol/L each of H⁺ and OH⁻, an ionic strength of 10⁻⁷ mol/L',
  },
  { says: '5 nm', why: 'the thickness of the hydrocarbon core, as the sources give it' },
  { says: '4.4 nm', why: 'the `measured` preset’s fitted effective thickness' },
  { says: '0.5 µm', why: 'the `small-cell` preset’s radius' },
  { says: '100 nm', why: 'the `myelin` preset’s thickness, tens of wrapped membranes' },
];

describe('chapter 4’s prose', () => {
  test('states every number as the physics core computes it for the reference neuron', () => {
    expectProseNumbers(FILE, FACTS, GIVENS);
  });

  test('asks at least two choice questions, each wrong option naming a documented mistake and why', () => {
    expectChoiceRules(FILE);
  });

  test('asks about the screening length against the cell, where the charge sits, and the lipid’s field', () => {
    const source = readFileSync(join(import.meta.dirname, '../../../content/en', FILE), 'utf8');
    for (const code of ['screening-scale', 'charge-location', 'permittivity']) {
      expect(source).toContain(`<Option mistake="${code}"`);
    }
  });
});
