import { describe, expect, test } from 'vitest';
import { checkAnswer } from '../../checkAnswer';
import { expectMistakesApart, expectRedrawsWork, expectWorkedSolution, F, R } from '../testing';
import { rundownTimeProblem, rundownTimeWorking } from './rundownTime';

/** Avogadro's number, 1/mol (exact in the SI). */
const NA = 6.02214076e23;

/**
 * The reference neuron as the chapter's hint takes it: r = 10 µm, 37 °C, K⁺ 140/4,
 * Na⁺ 12/145, Cl⁻ 120 mM outside, P_K = 5 × 10⁻⁹ m/s, P_Na/P_K = 0.065, P_Cl/P_K = 0.45.
 */
const T = 310.15;
const VT = (R * T) / F;
const RADIUS = 10e-6;
const P = { K: 5e-9, Na: 0.065 * 5e-9, Cl: 0.45 * 5e-9 };

/** GHK flux, mol/(m²·s), outward positive: P·u·(c_in − c_out·e^(−u))/(1 − e^(−u)), u = zFV/RT. */
const flux = (p: number, z: number, cIn: number, cOut: number, v: number) => {
  const u = (z * v) / VT;
  return (p * u * (cIn - cOut * Math.exp(-u))) / (1 - Math.exp(-u));
};

/**
 * The hint's straight-line estimate for a full block. At rest the cell sits at the
 * Mullins–Noda potential, with Cl⁻ at equilibrium there; a tenth of a second after the
 * pump stops, V_m is the GHK voltage of the three leaks (the concentrations have not moved
 * yet), and the Na⁺ leak there, held fixed, brings in a tenth of the cell's Na⁺.
 */
function hintEstimate() {
  const rest = VT * Math.log((1.5 * 4 + 0.065 * 145) / (1.5 * 140 + 0.065 * 12));
  const clIn = 120 * Math.exp(rest / VT);
  const blocked = VT * Math.log((4 + 0.065 * 145 + 0.45 * clIn) / (140 + 0.065 * 12 + 0.45 * 120));
  const volume = (4 / 3) * Math.PI * RADIUS ** 3;
  const area = 4 * Math.PI * RADIUS ** 2;
  const ionsInside = 12 * volume * NA;
  const leakPerSecond = -flux(P.Na, 1, 12, 145, blocked) * area * NA;
  const restLeakPerSecond = -flux(P.Na, 1, 12, 145, rest) * area * NA;
  return { rest, blocked, ionsInside, leakPerSecond, restLeakPerSecond };
}

describe('rundown-time', () => {
  const full = rundownTimeProblem.solve({ block: 1 });
  const half = rundownTimeProblem.solve({ block: 0.5 });
  const hint = hintEstimate();

  test('the chapter’s hint holds: 3.0 × 10¹⁰ Na⁺ inside; at −64.6 mV, 9.4 × 10⁷ leak in per second', () => {
    expect(hint.rest * 1000).toBeCloseTo(-69.9, 1);
    expect(hint.blocked * 1000).toBeCloseTo(-64.6, 1);
    expect(hint.ionsInside / 1e10).toBeCloseTo(3.0, 1);
    expect(hint.leakPerSecond / 1e7).toBeCloseTo(9.4, 1);
    // at rest, before the block, the leak is faster: 1.0 × 10⁸ per second
    expect(hint.restLeakPerSecond / 1e8).toBeCloseTo(1.0, 1);
  });

  test('the hint’s estimate, with its rounded numbers or unrounded, is marked correct', () => {
    const spec = {
      value: full,
      unit: 's',
      dimension: 'time' as const,
      relative: rundownTimeProblem.tolerance!.relative!,
      absolute: 0,
      mistakes: rundownTimeProblem.mistakes({ block: 1 }, full),
    };
    const rounded = (0.1 * 3.0e10) / 9.4e7; // 31.9 s
    const exact = (0.1 * hint.ionsInside) / hint.leakPerSecond; // 32.2 s
    expect(checkAnswer(`${rounded} s`, spec).verdict).toBe('correct');
    expect(checkAnswer(`${exact} s`, spec).verdict).toBe('correct');
    expect(checkAnswer(`${rounded / 60} min`, spec).verdict).toBe('correct');
  });

  test('solve() with every pump blocked is within 1 % of the straight-line estimate', () => {
    // the leak slows a little more as [Na⁺]i rises and the cell depolarises
    const estimate = (0.1 * hint.ionsInside) / hint.leakPerSecond;
    expect(full).toBeGreaterThan(estimate);
    expect(full).toBeLessThan(1.01 * estimate);
  });

  test('with half the pumps blocked it takes a little more than twice as long', () => {
    expect(half / full).toBeGreaterThan(2);
    expect(half / full).toBeLessThan(2.5);
  });

  test('the slip is the time in minutes typed as a bare number, read in seconds', () => {
    expect(rundownTimeProblem.mistakes({ block: 1 }, full)).toEqual([
      {
        value: expect.closeTo(full / 60, 9),
        code: 'unit',
        note: expect.stringContaining('seconds'),
      },
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
