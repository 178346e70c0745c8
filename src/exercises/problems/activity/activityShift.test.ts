import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApartWhenAccepted, F, R, si, solve } from '../testing';
import { activityShiftProblem, activityShiftWorking } from './activityShift';

const gamma = fc.double({ min: 0.3, max: 0.95, noNaN: true });
const redrawn = fc.record({
  z: fc.constantFrom(-3, -2, -1, 1, 2, 3),
  gin: gamma,
  gout: gamma,
  T: fc.double({ min: 278.15, max: 313.15, noNaN: true }),
});

describe('activity-shift: ΔE = (RT/zF) ln(γ_out/γ_in)', () => {
  test('the shift ΔE is (RT/zF)·ln(γ_out/γ_in): +5.96 mV for K⁺, +2.06 mV for Ca²⁺', () => {
    const k = solve('activity-shift', { z: 1, gin: 0.6, gout: 0.75, T: 37 });
    const ca = solve('activity-shift', { z: 2, gin: 0.3, gout: 0.35, T: 37 });
    expect(k).toBeCloseTo(((R * 310.15) / F) * Math.log(0.75 / 0.6), 12);
    expect(ca).toBeCloseTo(((R * 310.15) / (2 * F)) * Math.log(0.35 / 0.3), 12);
    expect(k * 1000).toBeCloseTo(5.96, 2);
    expect(ca * 1000).toBeCloseTo(2.06, 2);
  });

  test('the shift is the difference of the two Nernst forms for any concentrations', () => {
    const p = { z: 1, cin: 140, cout: 4, gin: 0.6, gout: 0.75, T: 37 };
    const withActivities = solve('activity-nernst', p);
    const withConcentrations = ((R * 310.15) / F) * Math.log(4 / 140);
    expect(withActivities - withConcentrations).toBeCloseTo(solve('activity-shift', p), 12);
  });

  test('the sign and the two logarithm slips are named, by hand for K⁺', () => {
    const p = si('activity-shift', { z: 1, gin: 0.6, gout: 0.75, T: 37 });
    const mistakes = activityShiftProblem.mistakes(p, activityShiftProblem.solve(p));
    const value = (code: string) => mistakes.find((m) => m.code === code)?.value;
    const shift = ((R * 310.15) / F) * Math.log(0.75 / 0.6);
    expect(value('sign')).toBeCloseTo(-shift, 12);
    expect(value('log-base')).toBeCloseTo(shift / Math.LN10, 12);
    expect(value('ln-decade')).toBeCloseTo(shift * Math.LN10, 12);
  });

  test('its story: the larger γ outside makes the shift positive, for K⁺ and for Ca²⁺', () => {
    const story = { largerOutside: true, shiftSign: 1 };
    expect(
      activityShiftProblem.story!(si('activity-shift', { z: 1, gin: 0.6, gout: 0.75, T: 37 })),
    ).toEqual(story);
    expect(
      activityShiftProblem.story!(si('activity-shift', { z: 2, gin: 0.3, gout: 0.35, T: 37 })),
    ).toEqual(story);
  });

  test('no mistake can be mistaken for the right answer, for redrawn coefficients it accepts', () => {
    expectMistakesApartWhenAccepted(activityShiftProblem, redrawn);
  });

  test('the worked solution’s line holds: RT/zF × ln(γ_out/γ_in) is ΔE', () => {
    fc.assert(
      fc.property(redrawn, (p) => {
        const w = activityShiftWorking(p, activityShiftProblem.solve(p));
        expect(w.rtOverZF).toBeCloseTo((R * p.T) / (p.z * F), 12);
        expect(w.rtOverZF * Math.log(w.gammaOut / w.gammaIn)).toBeCloseTo(w.shift, 12);
      }),
    );
  });
});
