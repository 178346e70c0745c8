import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { REFERENCE_NEURON } from '../../../physics';
import type { SIParams } from '../../ProblemKind';
import { checkTyped, expectStoryKept, F, R, si, testKindBasics } from '../testing';
import { ghkVoltageProblem, ghkVoltageWorking } from './ghkVoltage';
import { ghkVoltageByHand, NEURON } from './testing';

/** E = (RT/zF)·ln(c_out/c_in) */
const nernstByHand = (z: number, cin: number, cout: number, T: number) =>
  ((R * T) / (z * F)) * Math.log(cout / cin);

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
    // the chapter's neuron: 26.73 mV × ln(16.575/194.78) = −65.9 mV
    expect(ghkVoltageProblem.solve(CHAPTER[0]!) * 1000).toBeCloseTo(-65.85, 2);
    // and with P_Na/P_K = 0.05: 26.73 mV × ln(14.4/194.6) = −69.6 mV
    expect(ghkVoltageProblem.solve({ ...CHAPTER[0]!, PNa: 0.05 }) * 1000).toBeCloseTo(-69.59, 2);
  });

  test('the chapter’s neuron is the book’s reference neuron', () => {
    const { inside, outside, relativePermeability, temperature } = REFERENCE_NEURON;
    expect([NEURON.Kin, NEURON.Nain, NEURON.Clin]).toEqual([inside.K, inside.Na, inside.Cl]);
    expect([NEURON.Kout, NEURON.Naout, NEURON.Clout]).toEqual([outside.K, outside.Na, outside.Cl]);
    expect([NEURON.PNa, NEURON.PCl]).toEqual([relativePermeability.Na, relativePermeability.Cl]);
    expect(NEURON.T + 273.15).toBeCloseTo(temperature, 12);
  });

  test('each mistake is the value its slip gives', () => {
    for (const p of CHAPTER) {
      const v = ghkVoltageProblem.solve(p);
      const clAsCation = Math.log(
        (p.Kout! + p.PNa! * p.Naout! + p.PCl! * p.Clout!) /
          (p.Kin! + p.PNa! * p.Nain! + p.PCl! * p.Clin!),
      );
      const celsius = p.T! - 273.15;
      const mistakes = ghkVoltageProblem.mistakes(p, v);
      const expected = [
        {
          value: expect.closeTo(((R * p.T!) / F) * clAsCation, 12),
          code: 'swap',
          note: expect.stringContaining('Cl⁻ is an anion'),
        },
        {
          value: expect.closeTo(-v, 12),
          code: 'sign',
          note: expect.stringContaining('outside concentrations of the cations'),
        },
        { value: expect.closeTo(v / Math.log(10), 12), code: 'log-base', note: expect.any(String) },
        { value: expect.closeTo(v * Math.log(10), 12), code: 'ln-decade' },
        {
          value: expect.closeTo(ghkVoltageByHand(p, celsius), 12),
          code: 'celsius',
          note: expect.stringContaining('273.15'),
        },
      ];
      for (const mistake of expected) expect(mistakes).toContainEqual(mistake);
    }
  });

  test('names the misconceptions: one ion’s E alone, an ion left out, a ratio upside down', () => {
    const p = CHAPTER[0]!;
    const v = ghkVoltageProblem.solve(p);
    const mistakes = ghkVoltageProblem.mistakes(p, v);
    const named = (code: string, value: number) => ({
      value: expect.closeTo(value, 12),
      code,
      note: expect.any(String),
    });
    // E_K = −95.0 mV, E_Na = +66.6 mV, E_Cl = −75.9 mV: the reference neuron's
    expect(nernstByHand(1, 140, 4, p.T!) * 1000).toBeCloseTo(-95.02, 2);
    expect(mistakes).toContainEqual(named('one-ion', nernstByHand(1, 140, 4, p.T!)));
    expect(mistakes).toContainEqual(named('one-ion', nernstByHand(1, 12, 145, p.T!)));
    expect(mistakes).toContainEqual(named('one-ion', nernstByHand(-1, 7, 120, p.T!)));
    // Cl⁻ left out: 26.73 mV × ln(13.425/140.78) = −62.8 mV; Na⁺ left out: ln(7.15/194) → −88.2 mV
    const withoutCl = ghkVoltageByHand({ ...p, PCl: 0 });
    const withoutNa = ghkVoltageByHand({ ...p, PNa: 0 });
    expect(withoutCl * 1000).toBeCloseTo(-62.81, 2);
    expect(withoutNa * 1000).toBeCloseTo(-88.22, 2);
    expect(mistakes).toContainEqual(named('ion-left-out', withoutCl));
    expect(mistakes).toContainEqual(named('ion-left-out', withoutNa));
    // P_K/P_Na = 15.4 in place of P_Na/P_K = 0.065: +47.5 mV; P_K/P_Cl = 2.22 for P_Cl: −70.6 mV
    const invertedNa = ghkVoltageByHand({ ...p, PNa: 1 / p.PNa! });
    const invertedCl = ghkVoltageByHand({ ...p, PCl: 1 / p.PCl! });
    expect(invertedNa * 1000).toBeCloseTo(47.49, 2);
    expect(invertedCl * 1000).toBeCloseTo(-70.65, 2);
    expect(mistakes).toContainEqual(named('inverted-ratio', invertedNa));
    expect(mistakes).toContainEqual(named('inverted-ratio', invertedCl));
  });

  test('the checker names E_K alone, Cl⁻ left out and ln with the tenfold slope', () => {
    const p = CHAPTER[0]!;
    // V_m = −65.9 mV; E_K = −95.0 mV; without Cl⁻ −62.8 mV; × ln 10: −151.6 mV
    expect(checkTyped(ghkVoltageProblem, p, '-95 mV').mistake).toBe('one-ion');
    expect(checkTyped(ghkVoltageProblem, p, '-62.8 mV').mistake).toBe('ion-left-out');
    expect(checkTyped(ghkVoltageProblem, p, '-151.6 mV').mistake).toBe('ln-decade');
    expect(checkTyped(ghkVoltageProblem, p, '-65.9 mV').verdict).toBe('correct');
    // With P_Na/P_K = 0.05 (V_m = −69.6 mV), Cl⁻ left out gives −67.5 mV: within five
    // tolerances of the answer, yet a wrong method, not a rounding slip.
    const old = { ...p, PNa: 0.05 };
    expect(ghkVoltageByHand({ ...old, PCl: 0 }) * 1000).toBeCloseTo(-67.5, 1);
    expect(checkTyped(ghkVoltageProblem, old, '-67.5 mV')).toMatchObject({
      verdict: 'incorrect',
      mistake: 'ion-left-out',
    });
  });

  test('the story: V_m’s sign, above E_K and below E_Na, the largest term below, K⁺ raised', () => {
    expect(ghkVoltageProblem.story!(CHAPTER[0]!)).toEqual({
      sign: -1,
      aboveEK: true,
      belowENa: true,
      largestDenominatorTerm: 'K',
      potassiumRaised: false,
    });
    // the action potential's peak: P_Na/P_K = 20 puts 240 mM of Na⁺ below, more than 140 of K⁺
    expect(ghkVoltageProblem.story!(CHAPTER[3]!)).toMatchObject({
      sign: 1,
      largestDenominatorTerm: 'Na',
    });
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 40, noNaN: true }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 2, max: 12, noNaN: true }),
        (PNa, PCl, Kout) => {
          const p: SIParams = { ...CHAPTER[0]!, PNa, PCl, Kout };
          const v = ghkVoltageByHand(p);
          expect(ghkVoltageProblem.story!(p)).toMatchObject({
            sign: Math.sign(v),
            aboveEK: v > nernstByHand(1, p.Kin!, Kout, p.T!),
            belowENa: v < nernstByHand(1, p.Nain!, p.Naout!, p.T!),
          });
        },
      ),
    );
  });

  test.each([
    ['ghk-neuron-resting', NEURON, ['Naout', 'PNa', 'PCl']],
    ['ghk-hyperkalaemia-vm', { ...NEURON, Kout: 8 }, ['Kout']],
    ['ghk-action-potential-peak', { ...NEURON, PNa: 20 }, ['PNa']],
  ])('"New numbers" for %s keep its story', (id, display, vary) => {
    expectStoryKept(ghkVoltageProblem, id, display, vary);
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

  testKindBasics(ghkVoltageProblem, CHAPTER, [NEURON]);
});
