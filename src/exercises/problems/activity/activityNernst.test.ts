import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, F, R, si, solve } from '../testing';
import { activityNernstProblem, activityNernstWorking } from './activityNernst';

const NEURON_K = { z: 1, cin: 140, cout: 4, gin: 0.6, gout: 0.75, T: 37 };

const valence = fc.constantFrom(-3, -2, -1, 1, 2, 3);
const gamma = fc.double({ min: 0.3, max: 0.95, noNaN: true });
const temperature = fc.double({ min: 278.15, max: 313.15, noNaN: true });
const redrawn = fc.record({
  z: valence,
  cin: fc.double({ min: 100, max: 160, noNaN: true }),
  cout: fc.double({ min: 2.5, max: 10, noNaN: true }),
  gin: gamma,
  gout: gamma,
  T: temperature,
});

describe('activity-nernst: E = (RT/zF) ln(γ_out c_out / γ_in c_in)', () => {
  test('the Nernst potential from activities is −89.1 mV for the neuron’s K⁺ at 37 °C', () => {
    const byHand = ((R * 310.15) / F) * Math.log((0.75 * 4) / (0.6 * 140));
    const e = solve('activity-nernst', NEURON_K);
    expect(e).toBeCloseTo(byHand, 12);
    expect(e * 1000).toBeCloseTo(-89.06, 2);
  });

  test('the usual slips are recognised for the chapter’s numbers, each by its code', () => {
    const p = si('activity-nernst', NEURON_K);
    const nernst = activityNernstProblem.mistakes(p, activityNernstProblem.solve(p));
    const value = (code: string) => nernst.find((m) => m.code === code)?.value;
    const rtOverF = (R * 310.15) / F;
    const fromConcentrations = rtOverF * Math.log(4 / 140);
    const e = rtOverF * Math.log((0.75 * 4) / (0.6 * 140));
    // γ_in with c_out and γ_out with c_in: (RT/F) ln(0.6·4 / (0.75·140)).
    expect(value('swap')).toBeCloseTo(rtOverF * Math.log((0.6 * 4) / (0.75 * 140)), 12);
    expect(value('wrong-law')).toBeCloseTo(fromConcentrations, 12);
    expect(value('celsius')).toBeCloseTo((e * 37) / 310.15, 12);
  });

  test('ln with the tenfold slope is named: E × ln 10, −205 mV for the chapter’s K⁺', () => {
    const p = si('activity-nernst', NEURON_K);
    const e = activityNernstProblem.solve(p);
    const slip = activityNernstProblem.mistakes(p, e).find((m) => m.code === 'ln-decade');
    // (RT/F)·ln 10 = 61.5 mV per decade, times ln(3/84) = −3.33: −205.1 mV.
    expect(slip?.value).toBeCloseTo(((R * 310.15) / F) * Math.LN10 * Math.log(3 / 84), 12);
    expect(slip!.value * 1000).toBeCloseTo(-205.1, 1);
  });

  test('its story: K⁺ more concentrated inside, E negative, activities make it less negative', () => {
    expect(activityNernstProblem.story!(si('activity-nernst', NEURON_K))).toEqual({
      moreInside: true,
      potentialSign: -1,
      shiftSign: 1,
    });
  });

  test('no mistake can be mistaken for the right answer, for redrawn coefficients', () => {
    fc.assert(fc.property(redrawn, (p) => expectMistakesApart(activityNernstProblem, p)));
  });

  test('the worked solution shows RT/zF and the activities a = γc of the chapter’s K⁺', () => {
    const p = si('activity-nernst', NEURON_K);
    const working = activityNernstWorking(p, activityNernstProblem.solve(p));
    expect(working.rtOverZF).toBeCloseTo((R * 310.15) / F, 12);
    expect(working.activityOut).toBeCloseTo(3, 12);
    expect(working.activityIn).toBeCloseTo(84, 12);
  });

  test('its last line holds: RT/zF × ln(a_out/a_in) is E, for redrawn numbers', () => {
    fc.assert(
      fc.property(redrawn, (p) => {
        const w = activityNernstWorking(p, activityNernstProblem.solve(p));
        expect(w.rtOverZF * Math.log(w.activityOut / w.activityIn)).toBeCloseTo(w.potential, 12);
      }),
    );
  });
});
