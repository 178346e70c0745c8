import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { numbersForSet, paramsToSI, sameStory } from '../../redraw';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R, si } from '../testing';
import { mullinsNodaProblem, mullinsNodaWorking } from './mullinsNoda';

/**
 * The chapter's exercise: the reference neuron (K⁺ 140/4, Na⁺ 12/145 mM, P_Na/P_K = 0.065)
 * with the 3 : 2 pump at 37 °C.
 */
const NEURON = { Kin: 140, Kout: 4, Nain: 12, Naout: 145, PNa: 0.065, r: 1.5, T: 37 };
const p = si('mullins-noda', NEURON);

/** (RT/F)·ln((r_K·K_o + r_Na·ρ·Na_o)/(r_K·K_i + r_Na·ρ·Na_i)), the ratio on either ion. */
const byHand = (q: SIParams, T: number, rK: number, rNa: number, rho = q.PNa!) =>
  ((R * T) / F) *
  Math.log((rK * q.Kout! + rNa * rho * q.Naout!) / (rK * q.Kin! + rNa * rho * q.Nain!));

describe('mullins-noda', () => {
  const v = mullinsNodaProblem.solve(p);

  test('solve() is V = (RT/F)·ln((r·K_o + ρ·Na_o)/(r·K_i + ρ·Na_i)): −69.9 mV with r = 1.5', () => {
    expect(v).toBeCloseTo(byHand(p, 310.15, 1.5, 1), 12);
    expect(v * 1000).toBeCloseTo(-69.89, 2);
  });

  test('with r = 1 it is the GHK voltage of K⁺ and Na⁺, −62.8 mV', () => {
    const ghk = si('mullins-noda', { ...NEURON, r: 1 });
    expect(mullinsNodaProblem.solve(ghk)).toBeCloseTo(byHand(ghk, 310.15, 1, 1), 12);
    expect(mullinsNodaProblem.solve(ghk) * 1000).toBeCloseTo(-62.81, 2);
  });

  test('each mistake is the value its slip gives: r left out, r on Na⁺, P_K/P_Na, E_K, the logarithms, θ in °C', () => {
    const eK = ((R * 310.15) / F) * Math.log(4 / 140);
    expect(mullinsNodaProblem.mistakes(p, v)).toEqual([
      {
        value: expect.closeTo(byHand(p, 310.15, 1, 1), 12),
        code: 'wrong-law',
        note: expect.stringContaining('GHK'),
      },
      {
        value: expect.closeTo(byHand(p, 310.15, 1, 1.5), 12),
        code: 'inverted-ratio',
        note: expect.stringContaining('not the Na⁺ terms'),
      },
      {
        value: expect.closeTo(byHand(p, 310.15, 1.5, 1, 1 / 0.065), 12),
        code: 'inverted-ratio',
        note: expect.stringContaining('P_K/P_Na'),
      },
      { value: expect.closeTo(eK, 12), code: 'one-ion', note: expect.stringContaining('E_K') },
      { value: expect.closeTo(v / Math.log(10), 12), code: 'log-base', note: expect.any(String) },
      { value: expect.closeTo(v * Math.log(10), 12), code: 'ln-decade' },
      {
        value: expect.closeTo(byHand(p, 37, 1.5, 1), 12),
        code: 'celsius',
        note: expect.any(String),
      },
    ]);
  });

  test('no mistake can be mistaken for the right answer, with the 3 : 2 pump', () => {
    expectMistakesApart(mullinsNodaProblem, p);
  });

  test('the story: negative, and the pump takes V 7.1 mV towards E_K, several millivolts', () => {
    expect(byHand(p, 310.15, 1.5, 1) - byHand(p, 310.15, 1, 1)).toBeCloseTo(-7.08e-3, 5);
    expect(mullinsNodaProblem.story!(p)).toEqual({
      negative: true,
      towardsPotassium: true,
      severalMillivolts: true,
    });
  });

  test('with r = 1 the pump adds nothing: no shift towards E_K', () => {
    const story = mullinsNodaProblem.story!(si('mullins-noda', { ...NEURON, r: 1 }));
    expect(story.towardsPotassium).toBe(false);
    expect(story.severalMillivolts).toBe(false);
  });

  test('new numbers for [K⁺]out and P_Na/P_K keep the story', () => {
    const story = mullinsNodaProblem.story!(p);
    for (let set = 1; set <= 300; set++) {
      const drawn = numbersForSet(mullinsNodaProblem, 'x', NEURON, ['Kout', 'PNa'], set);
      expect(
        sameStory(mullinsNodaProblem.story!(paramsToSI(mullinsNodaProblem, drawn)), story),
      ).toBe(true);
    }
  });

  test('the worked solution shows RT/F and each side’s K⁺ and Na⁺', () => {
    const w = mullinsNodaWorking(p, v);
    expect(w.thermalVoltage).toBeCloseTo((R * 310.15) / F, 12);
    expect(w.outside).toEqual({ potassium: 4, sodium: 145 });
    expect(w.inside).toEqual({ potassium: 140, sodium: 12 });
    const sum = (side: typeof w.inside) => w.pumpRatio * side.potassium + w.PNa * side.sodium;
    expect(w.thermalVoltage * Math.log(sum(w.outside) / sum(w.inside))).toBeCloseTo(v, 12);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    expectWorkedSolution(mullinsNodaProblem, p);
    expectWorkedSolution(mullinsNodaProblem, si('mullins-noda', { ...NEURON, r: 1 }));
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(mullinsNodaProblem, NEURON);
  });
});
