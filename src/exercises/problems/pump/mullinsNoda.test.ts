import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R, si } from '../testing';
import { mullinsNodaProblem, mullinsNodaWorking } from './mullinsNoda';

/** The chapter's exercise: a neuron with the 3 : 2 pump (mM, °C). */
const NEURON = { Kin: 140, Kout: 5, Nain: 10, Naout: 145, PNa: 0.03, r: 1.5, T: 37 };
const p = si('mullins-noda', NEURON);

/** (RT/F)·ln((r_K·K_o + r_Na·ρ·Na_o)/(r_K·K_i + r_Na·ρ·Na_i)), the ratio on either ion. */
const byHand = (q: SIParams, T: number, rK: number, rNa: number) =>
  ((R * T) / F) *
  Math.log((rK * q.Kout! + rNa * q.PNa! * q.Naout!) / (rK * q.Kin! + rNa * q.PNa! * q.Nain!));

describe('mullins-noda', () => {
  const v = mullinsNodaProblem.solve(p);

  test('solve() is V = (RT/F)·ln((r·K_o + ρ·Na_o)/(r·K_i + ρ·Na_i)): −76.9 mV with r = 1.5', () => {
    expect(v).toBeCloseTo(byHand(p, 310.15, 1.5, 1), 12);
    expect(v * 1000).toBeCloseTo(-76.87, 2);
  });

  test('with r = 1 it is the GHK voltage of K⁺ and Na⁺', () => {
    const ghk = si('mullins-noda', { ...NEURON, r: 1 });
    expect(mullinsNodaProblem.solve(ghk)).toBeCloseTo(byHand(ghk, 310.15, 1, 1), 12);
  });

  test('each mistake is the value its slip gives: r left out, r on Na⁺, θ in °C for T', () => {
    expect(mullinsNodaProblem.mistakes(p, v)).toEqual([
      {
        value: expect.closeTo(byHand(p, 310.15, 1, 1), 12),
        message: expect.stringContaining('GHK'),
      },
      {
        value: expect.closeTo(byHand(p, 310.15, 1, 1.5), 12),
        message: expect.stringContaining('not the Na⁺ terms'),
      },
      { value: expect.closeTo(byHand(p, 37, 1.5, 1), 12), message: expect.stringContaining('°C') },
    ]);
  });

  test('no mistake can be mistaken for the right answer, with the 3 : 2 pump', () => {
    expectMistakesApart(mullinsNodaProblem, p);
  });

  test('the worked solution shows RT/F and each side’s K⁺ and Na⁺', () => {
    const w = mullinsNodaWorking(p, v);
    expect(w.thermalVoltage).toBeCloseTo((R * 310.15) / F, 12);
    expect(w.outside).toEqual({ potassium: 5, sodium: 145 });
    expect(w.inside).toEqual({ potassium: 140, sodium: 10 });
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
