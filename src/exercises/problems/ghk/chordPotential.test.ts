import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, si } from '../testing';
import { chordPotentialProblem, chordPotentialWorking } from './chordPotential';

/** The exercises of the GHK chapter (no pump current) and the pump chapter (nS, mV, pA). */
const RESTING = { gK: 8, gNa: 1, gCl: 2, EK: -95, ENa: 67, ECl: -76, Ip: 0 };
const PUMPING = { gK: 5, gNa: 1, gCl: 0.5, EK: -95, ENa: 67, ECl: -76, Ip: 10 };
const resting = si('chord-potential', RESTING);
const pumping = si('chord-potential', PUMPING);

/** Σg·E and Σg of the three branches. */
const sums = (p: SIParams) => ({
  gE: p.gK! * p.EK! + p.gNa! * p.ENa! + p.gCl! * p.ECl!,
  g: p.gK! + p.gNa! + p.gCl!,
});

describe('chord-potential', () => {
  test('solve() is V = (Σg·E − I_p)/Σg: −76.8 mV at rest, −70.2 mV with a 10 pA pump', () => {
    for (const p of [resting, pumping]) {
      const { gE, g } = sums(p);
      expect(chordPotentialProblem.solve(p)).toBeCloseTo((gE - p.Ip!) / g, 12);
    }
    // (8 × −95 + 1 × 67 + 2 × −76)/11 = −845/11 mV; (−475 + 67 − 38 − 10)/6.5 = −456/6.5 mV
    expect(chordPotentialProblem.solve(resting) * 1000).toBeCloseTo(-845 / 11, 9);
    expect(chordPotentialProblem.solve(pumping) * 1000).toBeCloseTo(-456 / 6.5, 9);
  });

  test('without a pump, the slip is the plain average of the three E', () => {
    const v = chordPotentialProblem.solve(resting);
    expect(chordPotentialProblem.mistakes(resting, v)).toEqual([
      {
        value: expect.closeTo((-0.095 + 0.067 - 0.076) / 3, 12),
        message: expect.stringContaining('plain average'),
      },
    ]);
  });

  test('with a pump, the slips add I_p instead of subtracting it, or leave it out', () => {
    const v = chordPotentialProblem.solve(pumping);
    const { gE, g } = sums(pumping);
    expect(chordPotentialProblem.mistakes(pumping, v)).toEqual([
      {
        value: expect.closeTo((gE + pumping.Ip!) / g, 12),
        message: expect.stringContaining('outward'),
      },
      { value: expect.closeTo(gE / g, 12), message: expect.stringContaining('left out') },
    ]);
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    expectMistakesApart(chordPotentialProblem, resting);
    expectMistakesApart(chordPotentialProblem, pumping);
  });

  test('the worked solution shows g in nS, E in mV and I_p in pA, as the chapter writes them', () => {
    const w = chordPotentialWorking(pumping, chordPotentialProblem.solve(pumping));
    for (const [shown, written] of [
      [w.conductancesInNS.K, 5],
      [w.conductancesInNS.Na, 1],
      [w.conductancesInNS.Cl, 0.5],
      [w.reversalsInMV.K, -95],
      [w.reversalsInMV.Na, 67],
      [w.reversalsInMV.Cl, -76],
      [w.pumpCurrentInPA, 10],
    ] as const) {
      expect(shown).toBeCloseTo(written, 12);
    }
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    expectWorkedSolution(chordPotentialProblem, resting);
    expectWorkedSolution(chordPotentialProblem, pumping);
  });

  test('"New numbers" give finite answers and mistakes, and solutions that render', () => {
    expectRedrawsWork(chordPotentialProblem, RESTING);
    expectRedrawsWork(chordPotentialProblem, PUMPING);
  });
});
