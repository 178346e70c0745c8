import { describe, expect, test } from 'vitest';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R } from '../testing';
import { rundownTimeProblem, rundownTimeWorking } from './rundownTime';

/** Avogadro's number, 1/mol (exact in the SI). */
const NA = 6.02214076e23;

/**
 * The chapter's straight-line estimate for a full block: the book's cell (r = 10 µm, 37 °C,
 * [Na⁺] 10 mM in, 145 mM out, P_Na = 2 × 10⁻¹⁰ m/s) at rest at the Mullins–Noda potential
 * (K⁺ 140/4 mM, P_Na/P_K = 0.04, r = 3/2) gains Na⁺ at its resting leak; a 10 % rise takes
 * 0.1 × (Na⁺ in the cell) / (Na⁺ leaking in per second).
 */
function straightLineEstimate(): number {
  const T = 310.15;
  const radius = 10e-6;
  const volume = (4 / 3) * Math.PI * radius ** 3;
  const area = 4 * Math.PI * radius ** 2;
  const v = ((R * T) / F) * Math.log((1.5 * 4 + 0.04 * 145) / (1.5 * 140 + 0.04 * 10));
  // GHK flux of Na⁺, mol/(m²·s), outward positive: P·u·(c_in − c_out·e^(−u))/(1 − e^(−u))
  const u = (F * v) / (R * T);
  const flux = (2e-10 * u * (10 - 145 * Math.exp(-u))) / (1 - Math.exp(-u));
  const ionsInside = 10 * volume * NA;
  const ionsInPerSecond = -flux * area * NA;
  return (0.1 * ionsInside) / ionsInPerSecond;
}

describe('rundown-time', () => {
  const full = rundownTimeProblem.solve({ block: 1 });
  const half = rundownTimeProblem.solve({ block: 0.5 });

  test('the chapter’s hint holds: 2.5 × 10¹⁰ Na⁺ inside, 6.7 × 10⁷ leaking in per second', () => {
    // 0.1 × 2.52 × 10¹⁰ / 6.67 × 10⁷ ≈ 37.8 s
    expect(straightLineEstimate()).toBeCloseTo(37.8, 0);
  });

  test('solve() with every pump blocked is a little over the straight-line estimate', () => {
    // the leak slows as [Na⁺]i rises and the cell depolarises, so the rise takes longer
    expect(full).toBeGreaterThan(straightLineEstimate());
    expect(full).toBeLessThan(1.15 * straightLineEstimate());
  });

  test('with half the pumps blocked it takes a little more than twice as long', () => {
    expect(half / full).toBeGreaterThan(2);
    expect(half / full).toBeLessThan(2.5);
  });

  test('the slip is the time in seconds read as minutes: 60 times the answer', () => {
    expect(rundownTimeProblem.mistakes({ block: 1 }, full)).toEqual([
      { value: expect.closeTo(60 * full, 9), message: expect.stringContaining('seconds') },
    ]);
  });

  test('no mistake can be mistaken for the right answer, for the chapter parameters', () => {
    expectMistakesApart(rundownTimeProblem, { block: 1 });
    expectMistakesApart(rundownTimeProblem, { block: 0.5 });
  });

  test('the worked solution names the share of pumps blocked as a whole percentage', () => {
    expect(rundownTimeWorking({ block: 0.5 }, half)).toEqual({ time: half, blockedPercent: 50 });
    expect(rundownTimeWorking({ block: 1 }, full).blockedPercent).toBe(100);
  });

  test('steps() renders, with the answer in the last line and no NaN', () => {
    expectWorkedSolution(rundownTimeProblem, { block: 1 });
    expectWorkedSolution(rundownTimeProblem, { block: 0.5 });
  });

  test('"New numbers" (none to draw here) give a finite answer and a solution that renders', () => {
    expectRedrawsWork(rundownTimeProblem, { block: 1 }, 2);
  });
});
