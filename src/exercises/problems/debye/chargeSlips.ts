import type { Mistake } from '../../ProblemKind';

// The slips in counting the ions that charge a spherical cell. The count N = C·4πr²·|V|/(|z|e),
// and the fraction of the cell's ions it is, are both proportional to the area, to C and to
// 1/|z|, so each slip scales the answer by a fixed factor.

/** πr² (or the diameter in place of r) where the sphere has 4πr²: a quarter of the answer. */
export function quarterAreaSlip(value: number): Mistake {
  return {
    value: value / 4,
    code: 'geometry',
    note: 'That is a quarter of the answer: the membrane of a sphere has the area 4πr², with r the radius (not πr², and not the diameter in place of r).',
  };
}

/** The capacitance taken as 1 F/m² per µF/cm² (×100), or without the area's 10⁻⁴ (×10⁻⁴). */
export function capacitanceUnitSlips(value: number): Mistake[] {
  return [
    {
      value: value * 100,
      code: 'unit',
      note: 'Convert the capacitance to SI: 1 µF/cm² = 0.01 F/m², not 1 F/m².',
    },
    {
      value: value * 1e-4,
      code: 'unit',
      note: 'Convert the area too: 1 µF/cm² is 10⁻⁶ F per 10⁻⁴ m², which makes 0.01 F/m² (not 10⁻⁶ F/m²).',
    },
  ];
}

/**
 * |Q|/e in place of |Q|/(|z|e), as if each ion carried one charge: |z| times the answer, with
 * `advice` after the reason (no slip for z = ±1).
 */
export function elementaryChargesSlip(value: number, z: number, advice: string): Mistake[] {
  if (Math.abs(z) === 1) return [];
  return [
    {
      value: value * Math.abs(z),
      code: 'valence',
      note: `Each ion carries z = ${z} elementary charges: ${advice}`,
    },
  ];
}
