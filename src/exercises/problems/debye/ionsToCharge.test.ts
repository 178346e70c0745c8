import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectMistakesApart, si, solve } from '../testing';
import { ionsToChargeProblem, ionsToChargeWorking } from './ionsToCharge';

// Written out here, so the expected values do not come from the code under test.
const E_CHARGE = 1.602176634e-19;

describe('ions-to-charge: N = C·4πr²·|V|/(|z|e)', () => {
  test('charging a 10 µm cell at 1 µF/cm² to −70 mV moves 5.49 × 10⁶ monovalent ions', () => {
    const byHand = (0.01 * 4 * Math.PI * 1e-5 ** 2 * 0.07) / E_CHARGE;
    const n = solve('ions-to-charge', { r: 10, C: 1, V: -70, z: 1 });
    expect(n / byHand).toBeCloseTo(1, 12);
    expect(n / 1e6).toBeCloseTo(5.49, 2);
  });

  test('the usual slips are recognised for a divalent ion', () => {
    const p = si('ions-to-charge', { r: 10, C: 1, V: -70, z: 2 });
    const answer = ionsToChargeProblem.solve(p);
    const ions = ionsToChargeProblem
      .mistakes(p, answer)
      .map((m) => ({ ratio: m.value / answer, code: m.code }));
    expect(ions).toContainEqual({ ratio: 0.25, code: 'geometry' });
    // The volume (4/3)πr³ for the area 4πr²: r/3 times the answer.
    expect(ions.find((m) => m.code === 'geometry' && m.ratio !== 0.25)?.ratio).toBeCloseTo(
      1e-5 / 3,
      15,
    );
    expect(ions.find((m) => m.code === 'valence')?.ratio).toBeCloseTo(2, 12);
  });

  test('its story: ions leave to make the inside negative, millions of them', () => {
    const p = si('ions-to-charge', { r: 10, C: 1, V: -70, z: 1 });
    expect(ionsToChargeProblem.story!(p)).toEqual({ insideNegative: true, thousandsPower: 2 });
  });

  test('no mistake can be mistaken for the right answer, for redrawn numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2e-7, max: 5e-5, noNaN: true }),
        fc.double({ min: -0.1, max: -0.04, noNaN: true }),
        fc.constantFrom(-2, -1, 1, 2),
        (r, V, z) => expectMistakesApart(ionsToChargeProblem, { r, C: 0.01, V, z }),
      ),
    );
  });

  test('the worked solution’s lines hold: A = 4πr², Q = C·A·V, N = |Q|/(|z|e)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2e-7, max: 5e-5, noNaN: true }),
        fc.double({ min: -0.1, max: -0.04, noNaN: true }),
        fc.constantFrom(-2, -1, 1, 2),
        (r, V, z) => {
          const w = ionsToChargeWorking({ r, C: 0.01, V, z });
          expect(w.area / (4 * Math.PI * r * r)).toBeCloseTo(1, 12);
          expect(w.charge / (0.01 * w.area * V)).toBeCloseTo(1, 12);
          expect(w.chargeMagnitude).toBe(-w.charge);
          expect(w.valenceMagnitude).toBe(Math.abs(z));
          expect(w.ionsMoved / (w.chargeMagnitude / (Math.abs(z) * E_CHARGE))).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});
