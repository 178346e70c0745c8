import { finite, finiteResult, nonEmpty, nonNegative, positive } from './validate';

/**
 * The chord-conductance (parallel-conductance) potential, in V:
 *
 *   V = (Σ g_i·E_i − I_pump) / Σ g_i
 *
 * the V at which the ohmic branch currents g_i·(V − E_i) and a voltage-independent pump
 * current (outward positive) add to zero. Conductances in S (or S/m², consistently with
 * the current in A or A/m²).
 */
export function chordConductancePotential(
  branches: readonly { conductance: number; reversal: number }[],
  pumpCurrent = 0,
): number {
  const fn = 'chordConductancePotential';
  let total = 0;
  let weighted = 0;
  nonEmpty(fn, 'branches', branches).forEach((b, i) => {
    const g = nonNegative(fn, `branches[${i}].conductance`, b?.conductance, 'S');
    const e = finite(fn, `branches[${i}].reversal`, b.reversal, 'V');
    total += g;
    weighted += g * e;
  });
  positive(fn, 'the total conductance Σg', total, 'S');
  finite(fn, 'pumpCurrent', pumpCurrent, 'A');
  return finiteResult(fn, 'branches and pumpCurrent', (weighted - pumpCurrent) / total);
}
