import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SIParams } from '../../ProblemKind';
import { expectStoryKept, F, R, si, testKindBasics } from '../testing';
import { drivingForceProblem, drivingForceWorking } from './drivingForce';

/** The chapter's exercises: Na⁺ and K⁺ at −70 mV (mM, mV, °C). */
const SODIUM = { z: 1, cin: 12, cout: 145, T: 37, V: -70 };
const POTASSIUM = { z: 1, cin: 140, cout: 4, T: 37, V: -70 };
const CHAPTER = [SODIUM, POTASSIUM].map((display) => si('driving-force', display));

/** E = (RT/zF)·ln(c_out/c_in) */
const nernstByHand = (p: SIParams) => ((R * p.T!) / (p.z! * F)) * Math.log(p.cout! / p.cin!);

describe('driving-force', () => {
  test('solve() is V_m − E: −136.6 mV for Na⁺ 12/145 mM at −70 mV', () => {
    for (const p of CHAPTER) {
      expect(drivingForceProblem.solve(p)).toBeCloseTo(p.V! - nernstByHand(p), 12);
    }
    expect(drivingForceProblem.solve(CHAPTER[0]!) * 1000).toBeCloseTo(-136.6, 1);
  });

  test('each mistake is the value its slip gives: E − V_m, E alone, V_m + E', () => {
    for (const p of CHAPTER) {
      const d = drivingForceProblem.solve(p);
      const e = nernstByHand(p);
      const mistakes = drivingForceProblem.mistakes(p, d);
      expect(mistakes).toContainEqual({
        value: expect.closeTo(e - p.V!, 12),
        code: 'sign',
        note: expect.stringContaining('E − V_m'),
      });
      expect(mistakes).toContainEqual({
        value: expect.closeTo(e, 12),
        code: 'step-short',
        note: expect.stringContaining('E itself'),
      });
      expect(mistakes).toContainEqual({
        value: expect.closeTo(p.V! + e, 12),
        code: 'sign',
        note: expect.stringContaining('rather than adding'),
      });
    }
  });

  test('the logarithm and temperature slips in E are subtracted from V_m as E is', () => {
    // Na⁺: E_Na = +66.6 mV; log₁₀ gives −70 − 28.9 = −98.9 mV, ln with the tenfold slope
    // −70 − 153.3 = −223.3 mV, 37 °C as kelvin −70 − 7.9 = −77.9 mV
    const p = CHAPTER[0]!;
    const mistakes = drivingForceProblem.mistakes(p, drivingForceProblem.solve(p));
    expect(mistakes).toContainEqual({
      value: expect.closeTo(-0.09892, 5),
      code: 'log-base',
      note: expect.any(String),
    });
    expect(mistakes).toContainEqual({ value: expect.closeTo(-0.22335, 5), code: 'ln-decade' });
    expect(mistakes).toContainEqual({
      value: expect.closeTo(-0.07794, 5),
      code: 'celsius',
      note: expect.any(String),
    });
  });

  test('the story: the signs of E, V_m and V_m − E, the current’s and the ion’s way, the crowded side', () => {
    // Na⁺ at −70 mV: E_Na > 0, V_m − E_Na < 0, an inward current of Na⁺ entering
    expect(drivingForceProblem.story!(CHAPTER[0]!)).toEqual({
      equilibriumSign: 1,
      membraneSign: -1,
      drivingSign: -1,
      current: 'inward',
      ionMoves: 'in',
      crowdedInside: false,
    });
    // K⁺ at −70 mV: E_K = −95 mV below V_m, an outward current of K⁺ leaving
    expect(drivingForceProblem.story!(CHAPTER[1]!)).toEqual({
      equilibriumSign: -1,
      membraneSign: -1,
      drivingSign: 1,
      current: 'outward',
      ionMoves: 'out',
      crowdedInside: true,
    });
    // Cl⁻ 7/120 at −70 mV: E_Cl = −75.9 mV, an outward current carried by Cl⁻ entering
    expect(
      drivingForceProblem.story!(si('driving-force', { z: -1, cin: 7, cout: 120, T: 37, V: -70 })),
    ).toMatchObject({ current: 'outward', ionMoves: 'in' });
    fc.assert(
      fc.property(
        fc.constantFrom(-1, 1, 2),
        fc.double({ min: 2, max: 160, noNaN: true }),
        fc.double({ min: 2, max: 160, noNaN: true }),
        fc.double({ min: -0.09, max: -0.05, noNaN: true }),
        (z, cin, cout, V) => {
          const d = V - nernstByHand({ z, cin, cout, T: 310.15 });
          expect(drivingForceProblem.story!({ z, cin, cout, T: 310.15, V })).toMatchObject({
            current: d > 0 ? 'outward' : 'inward',
            ionMoves: z * d > 0 ? 'out' : 'in',
          });
        },
      ),
    );
  });

  test('"New numbers" keep the chapter’s signs and directions: Na⁺ in, K⁺ out', () => {
    expectStoryKept(drivingForceProblem, 'ghk-sodium-driving-force', SODIUM, ['V', 'cin']);
    expectStoryKept(drivingForceProblem, 'ghk-potassium-driving-force', POTASSIUM, ['V', 'cout']);
  });

  test('the worked solution shows V_m and E, whose difference is the answer', () => {
    for (const p of CHAPTER) {
      const d = drivingForceProblem.solve(p);
      const w = drivingForceWorking(p, d);
      expect(w.minuend).toBe(p.V);
      expect(w.subtrahend).toBeCloseTo(nernstByHand(p), 12);
      expect(w.minuend - w.subtrahend).toBeCloseTo(d, 12);
    }
  });

  testKindBasics(drivingForceProblem, CHAPTER, [SODIUM]);
});
