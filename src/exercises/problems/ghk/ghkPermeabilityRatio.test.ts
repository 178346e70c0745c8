import { describe, expect, test } from 'vitest';
import { expectStoryKept, F, R, si, testKindBasics } from '../testing';
import { ghkPermeabilityRatioProblem, ghkPermeabilityRatioWorking } from './ghkPermeabilityRatio';

/** The chapter's exercise: which P_Na/P_K gives −70 mV? (mM, mV, °C) */
const NEURON = { Kin: 140, Kout: 4, Nain: 12, Naout: 145, V: -70, T: 37 };
const p = si('ghk-permeability-ratio', NEURON);
const ratio = ghkPermeabilityRatioProblem.solve(p);

/** ρ = (K_o − K_i·w)/(Na_i·w − Na_o) with w = e^(FV/RT): the GHK equation for K⁺, Na⁺ solved for ρ. */
const ratioByHand = (V: number, T: number) => {
  const w = Math.exp((F * V) / (R * T));
  return (p.Kout! - p.Kin! * w) / (p.Nain! * w - p.Naout!);
};

describe('ghk-permeability-ratio', () => {
  test('solve() is ρ = (K_o − K_i·w)/(Na_i·w − Na_o), w = e^(FV/RT): 0.0430 for −70 mV', () => {
    expect(ratio).toBeCloseTo(ratioByHand(-0.07, 310.15), 12);
    expect(ratio).toBeCloseTo(0.043, 3);
  });

  test('the ratio it finds puts the GHK voltage of K⁺ and Na⁺ back at the V_m asked for', () => {
    for (const V of [-0.08, -0.07, -0.06, -0.055]) {
      const rho = ghkPermeabilityRatioProblem.solve({ ...p, V });
      const back =
        ((R * p.T!) / F) * Math.log((p.Kout! + rho * p.Naout!) / (p.Kin! + rho * p.Nain!));
      expect(back).toBeCloseTo(V, 12);
    }
  });

  test('accepts a target V_m only more than 5 mV above E_K = (RT/F)·ln(K_o/K_i)', () => {
    const eK = ((R * p.T!) / F) * Math.log(p.Kout! / p.Kin!);
    expect(ghkPermeabilityRatioProblem.accepts!({ ...p, V: eK + 0.004 })).toBe(false);
    expect(ghkPermeabilityRatioProblem.accepts!({ ...p, V: eK + 0.006 })).toBe(true);
  });

  test('taking P_K/P_Na for P_Na/P_K gives 1/ρ', () => {
    const [inverse] = ghkPermeabilityRatioProblem.mistakes(p, ratio);
    expect(inverse).toEqual({
      value: expect.closeTo(1 / ratio, 12),
      code: 'inverted-ratio',
      note: expect.stringContaining('P_K/P_Na'),
    });
  });

  test('the °C-for-kelvin diagnosis is the ρ that θ in place of T gives', () => {
    const celsius = ghkPermeabilityRatioProblem
      .mistakes(p, ratio)
      .find((m) => m.code === 'celsius')!;
    // w = e^(FV/Rθ) with θ = 37: w ≈ 3·10⁻¹⁰, so ρ ≈ −4/145 = −0.0276
    expect(celsius.value).toBeCloseTo(ratioByHand(-0.07, 37), 6);
    expect(celsius.value).toBeCloseTo(-0.02759, 5);
  });

  test('the logarithm slips are the ρ that 10^(FV/RT) or e^(FV/(RT·ln 10)) for w gives', () => {
    const mistakes = ghkPermeabilityRatioProblem.mistakes(p, ratio);
    const ratioFor = (w: number) => (p.Kout! - p.Kin! * w) / (p.Nain! * w - p.Naout!);
    const x = (F * -0.07) / (R * 310.15);
    // 10^x: ρ = −0.0253; e^(x/ln 10), the 61.5 mV slope with e: ρ = 0.290
    expect(ratioFor(10 ** x)).toBeCloseTo(-0.02527, 5);
    expect(ratioFor(Math.exp(x / Math.LN10))).toBeCloseTo(0.2897, 4);
    expect(mistakes).toContainEqual({
      value: expect.closeTo(ratioFor(10 ** x), 12),
      code: 'log-base',
      note: expect.any(String),
    });
    expect(mistakes).toContainEqual({
      value: expect.closeTo(ratioFor(Math.exp(x / Math.LN10)), 12),
      code: 'ln-decade',
    });
  });

  test('the story is ρ’s power of ten: a few hundredths near −70 mV', () => {
    expect(ghkPermeabilityRatioProblem.story!(p)).toEqual({ powerOfTen: -2 });
    // −50 mV needs ρ = 0.12, a tenth or more
    expect(ratioByHand(-0.05, 310.15)).toBeCloseTo(0.1227, 4);
    expect(ghkPermeabilityRatioProblem.story!({ ...p, V: -0.05 })).toEqual({ powerOfTen: -1 });
    expectStoryKept(ghkPermeabilityRatioProblem, 'ghk-ratio-for-minus-70', NEURON, ['V']);
  });

  test('the worked solution shows w = e^(FV/RT) and the concentrations ρ is made of', () => {
    const w = ghkPermeabilityRatioWorking(p, ratio);
    expect(w.boltzmannFactor).toBeCloseTo(Math.exp((F * -0.07) / (R * 310.15)), 12);
    const rho = (w.Kout - w.Kin * w.boltzmannFactor) / (w.Nain * w.boltzmannFactor - w.Naout);
    expect(rho).toBeCloseTo(ratio, 12);
  });

  testKindBasics(ghkPermeabilityRatioProblem, [p], [NEURON]);
});
