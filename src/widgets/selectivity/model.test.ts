import { describe, expect, test } from 'vitest';
import { chosenRow, selectivityBars, selectivityOf, transferCurves } from './model';

// Written out here, so the expected values do not come from the code under test: the
// teaching model's numbers (physics/selectivity.ts) in kJ/mol and nm.
const R = 8.31446261815324;
const BODY = 310.15;
const OXYGEN = 0.14;
const K_DISTANCE = OXYGEN + 0.133;
const HYDRATION = { Li: 475, Na: 365, K: 295, Rb: 275, Cs: 250 };

/** −C/d² for an ion at distance d (nm) from the oxygens, C fixed by ΔG_K = 0: kJ/mol. */
const coordination = (distance: number) => -HYDRATION.K * (K_DISTANCE / distance) ** 2;
const cage = (cavityNm: number) => ({ ion: 'Na', cavity: cavityNm * 1e-9 });
const row = (cavityNm: number, key: string) =>
  selectivityOf(cage(cavityNm)).find((r) => r.key === key)!;

describe('the selectivity widget’s model', () => {
  test('K⁺ in the K⁺-sized cage trades water for the cage at no cost: ΔG_K = 0', () => {
    const k = row(0.133, 'K');
    expect(k.dehydrationCost).toBeCloseTo(295e3, 6);
    expect(k.coordinationEnergy).toBeCloseTo(-295e3, 6);
    expect(k.transferEnergy).toBeCloseTo(0, 6);
  });

  test('Na⁺ in the K⁺-sized cage pays RT·ln 1000 = 17.8 kJ/mol, the calibration', () => {
    expect(row(0.133, 'Na').transferEnergy).toBeCloseTo(R * BODY * Math.log(1000), 6);
  });

  test('Cs⁺, larger than the cavity, sits at r_O + r: ΔG = 250 − 295·(0.273/0.309)² kJ/mol, P/P_K = exp(−ΔG/RT)', () => {
    const cs = row(0.133, 'Cs');
    const transfer = (HYDRATION.Cs + coordination(OXYGEN + 0.169)) * 1000;
    expect(cs.coordinationEnergy).toBeCloseTo(coordination(OXYGEN + 0.169) * 1000, 6);
    expect(cs.transferEnergy).toBeCloseTo(transfer, 6);
    expect(cs.relativeToK).toBeCloseTo(Math.exp(-transfer / (R * BODY)), 12);
  });

  test('the chosen row is the state’s ion, or the first ion (Li⁺) if the state names none', () => {
    const rows = selectivityOf(cage(0.133));
    expect(chosenRow({ ion: 'Rb', cavity: 0.133e-9 }, rows).key).toBe('Rb');
    expect(chosenRow({ ion: 'Xx', cavity: 0.133e-9 }, rows).key).toBe('Li');
  });

  test('in a 0.05 nm cage Li⁺’s coordination, 295·(0.273/0.2)² = 550 kJ/mol, sets the bars’ axis', () => {
    const { bars, extent } = selectivityBars(selectivityOf(cage(0.05)));
    expect(bars.map((bar) => bar.key)).toEqual(['Li', 'Na', 'K', 'Rb', 'Cs']);
    expect(bars.map((bar) => bar.dehydration)).toEqual([475, 365, 295, 275, 250]);
    expect(bars[0]!.coordination).toBeCloseTo(coordination(OXYGEN + 0.06), 9);
    expect(extent).toBeCloseTo(-coordination(OXYGEN + 0.06), 9);
  });

  test('each ion’s transfer line spans 0.05…0.2 nm in 61 points, flat where the ion fills the cavity', () => {
    const curves = transferCurves();
    expect(curves.map((curve) => curve.key)).toEqual(['Li', 'Na', 'K', 'Rb', 'Cs']);
    for (const { key, points } of curves) {
      expect(points).toHaveLength(61);
      expect(points[0]![0]).toBeCloseTo(0.05, 12);
      expect(points.at(-1)![0]).toBeCloseTo(0.2, 12);
      const radius = { Li: 0.06, Na: 0.095, K: 0.133, Rb: 0.148, Cs: 0.169 }[key];
      const flat = HYDRATION[key] + coordination(OXYGEN + radius);
      for (const [cavity, energy] of points.filter(([cavity]) => cavity <= radius)) {
        expect(energy, `${key} at ${cavity} nm`).toBeCloseTo(flat, 9);
      }
    }
    expect(curves[2]!.points[0]![1]).toBeCloseTo(0, 9);
  });
});
