import { describe, expect, test } from 'vitest';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R, si } from '../testing';
import { ghkVoltageProblem, ghkVoltageWorking } from './ghkVoltage';
import { ghkVoltageByHand, NEURON } from './testing';

/** The chapter's exercises, as it writes them (mM, °C). */
const CHAPTER = [
  NEURON,
  { Kin: 400, Kout: 20, Nain: 50, Naout: 440, Clin: 52, Clout: 560, PNa: 0.04, PCl: 0.45, T: 6.3 },
  { ...NEURON, Kout: 8 },
  { ...NEURON, PNa: 20 },
].map((display) => si('ghk-voltage', display));

describe('ghk-voltage', () => {
  test('solve() is V_m = (RT/F)·ln((K_o + ρ_Na·Na_o + ρ_Cl·Cl_i)/(K_i + ρ_Na·Na_i + ρ_Cl·Cl_o))', () => {
    for (const p of CHAPTER) {
      expect(ghkVoltageProblem.solve(p)).toBeCloseTo(ghkVoltageByHand(p), 12);
    }
    // the chapter's neuron: 26.73 mV × ln(14.4/194.6) = −69.6 mV
    expect(ghkVoltageProblem.solve(CHAPTER[0]!) * 1000).toBeCloseTo(-69.59, 2);
  });

  test('each mistake is the value its slip gives', () => {
    for (const p of CHAPTER) {
      const v = ghkVoltageProblem.solve(p);
      const clAsCation = Math.log(
        (p.Kout! + p.PNa! * p.Naout! + p.PCl! * p.Clout!) /
          (p.Kin! + p.PNa! * p.Nain! + p.PCl! * p.Clin!),
      );
      const celsius = p.T! - 273.15;
      expect(ghkVoltageProblem.mistakes(p, v)).toEqual([
        {
          value: expect.closeTo(((R * p.T!) / F) * clAsCation, 12),
          message: expect.stringContaining('Cl⁻ is an anion'),
        },
        { value: expect.closeTo(-v, 12), message: expect.stringContaining('sign is off') },
        { value: expect.closeTo(v / Math.log(10), 12), message: expect.stringContaining('log₁₀') },
        {
          value: expect.closeTo(ghkVoltageByHand(p, celsius), 12),
          message: expect.stringContaining('°C'),
        },
      ]);
    }
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    for (const p of CHAPTER) expectMistakesApart(ghkVoltageProblem, p);
  });

  test('the worked solution shows RT/F and each side’s concentrations where the ratio takes them', () => {
    const p = CHAPTER[0]!;
    const v = ghkVoltageProblem.solve(p);
    const w = ghkVoltageWorking(p, v);
    expect(w.thermalVoltage).toBeCloseTo((R * 310.15) / F, 12);
    expect(w.numerator).toEqual({ potassium: 4, sodium: 145, chloride: 7 });
    expect(w.denominator).toEqual({ potassium: 140, sodium: 12, chloride: 120 });
    const sum = (side: typeof w.numerator) =>
      side.potassium + w.PNa * side.sodium + w.PCl * side.chloride;
    expect(w.thermalVoltage * Math.log(sum(w.numerator) / sum(w.denominator))).toBeCloseTo(v, 12);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    for (const p of CHAPTER) expectWorkedSolution(ghkVoltageProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(ghkVoltageProblem, NEURON);
  });
});
