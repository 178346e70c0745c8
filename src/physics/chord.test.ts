// Unit tests of chordConductancePotential, V = (Σg·E − I_pump)/Σg.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chordConductancePotential } from './chord';
import {
  ABS_V,
  expectClose,
  expectRangeError,
  expectWithin,
  REL,
  relativePermeability,
  voltage,
} from './testing';

/** K⁺, Na⁺ and Cl⁻ branches of a small cell, in S and V. */
const BRANCHES = [
  { conductance: 10e-9, reversal: -0.095 },
  { conductance: 0.5e-9, reversal: 0.067 },
  { conductance: 2e-9, reversal: -0.075 },
];

describe('chordConductancePotential', () => {
  test('chordConductancePotential of a single branch is that branch’s reversal potential, whatever its conductance', () => {
    for (const g of [1e-15, 1e-9, 1, 1e12]) {
      expect(chordConductancePotential([{ conductance: g, reversal: -0.0875 }])).toBeCloseTo(
        -0.0875,
        15,
      );
    }
  });

  test('chordConductancePotential of a single branch shifts by −I/g with a pump: 4 pA outward over 2 nS is −2 mV', () => {
    // −0.090 V − 4e-12 A / 2e-9 S = −0.090 − 0.002 = −0.092 V; an inward pump current depolarises
    const branch = [{ conductance: 2e-9, reversal: -0.09 }];
    expectClose(chordConductancePotential(branch, 4e-12), -0.092, 1e-15);
    expectClose(chordConductancePotential(branch, -4e-12), -0.088, 1e-15);
  });

  test('chordConductancePotential of three branches is their conductance-weighted mean, −85.32 mV here', () => {
    // (10·(−95) + 0.5·67 + 2·(−75)) / 12.5 = (−950 + 33.5 − 150) / 12.5 = −1066.5 / 12.5 = −85.32 mV
    expectClose(chordConductancePotential(BRANCHES), -0.08532, 1e-14);
  });

  test('chordConductancePotential ignores a branch with zero conductance, whatever its reversal potential', () => {
    const withIdle = [...BRANCHES, { conductance: 0, reversal: 1e6 }];
    expect(chordConductancePotential(withIdle, 3e-12)).toBe(
      chordConductancePotential(BRANCHES, 3e-12),
    );
  });

  test('chordConductancePotential is unchanged when conductances and pump current are scaled together (S and A, or S/m² and A/m²)', () => {
    const area = 1.2566370614359174e-9; // m², a 10 µm-radius sphere
    const perArea = BRANCHES.map((b) => ({ ...b, conductance: b.conductance / area }));
    expectClose(
      chordConductancePotential(perArea, 5e-12 / area),
      chordConductancePotential(BRANCHES, 5e-12),
      1e-14,
    );
  });

  test('chordConductancePotential rejects an empty list, a NaN reversal potential and an infinite pump current, naming each', () => {
    const fn = 'chordConductancePotential';
    expectRangeError(() => chordConductancePotential([]), fn, 'branches');
    expectRangeError(
      () => chordConductancePotential([BRANCHES[0]!, { conductance: 1e-9, reversal: NaN }]),
      fn,
      'branches[1].reversal',
    );
    expectRangeError(() => chordConductancePotential(BRANCHES, Infinity), fn, 'pumpCurrent');
  });
});

describe('for every input', () => {
  const branch = fc.record({
    conductance: relativePermeability.map((g) => g * 1e-9), // S
    reversal: voltage,
  });
  const branches = fc.array(branch, { minLength: 1, maxLength: 5 });

  test('chordConductancePotential without a pump is the conductance-weighted mean of the reversal potentials', () => {
    fc.assert(
      fc.property(branches, (bs) => {
        const v = chordConductancePotential(bs);
        const e = bs.map((b) => b.reversal);
        expectWithin(v, Math.min(...e), Math.max(...e));
        const g = bs.reduce((s, b) => s + b.conductance, 0);
        const ge = bs.reduce((s, b) => s + b.conductance * b.reversal, 0);
        expectClose(v, ge / g, REL, ABS_V);
        expectClose(chordConductancePotential(bs, 0), v, 0, 0);
      }),
    );
  });

  test('chordConductancePotential shifts by exactly −I_pump/Σg with a pump current', () => {
    const pump = fc.double({ min: -1e-9, max: 1e-9, noNaN: true }); // A
    fc.assert(
      fc.property(branches, pump, (bs, i) => {
        const g = bs.reduce((s, b) => s + b.conductance, 0);
        expectClose(
          chordConductancePotential(bs, i) - chordConductancePotential(bs),
          -i / g,
          REL,
          ABS_V,
        );
      }),
    );
  });
});
