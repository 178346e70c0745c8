import { ELEMENTARY_CHARGE } from './constants';
import { checkGradient } from './ion';
import { ghkLogRatio } from './ghkLogRatio';
import { thermalVoltage } from './thermal';
import { finiteResult, nonNegative, positive } from './validate';

/** Na⁺ pumped out per K⁺ pumped in by the Na⁺/K⁺-ATPase (3 : 2). */
export const PUMP_RATIO = 1.5;

type PumpedIon = { inside: number; outside: number; permeability: number };

/**
 * The Mullins–Noda steady-state potential, in V, for a cell whose only permeant ions are
 * K⁺ and Na⁺ and whose pump moves r Na⁺ out per K⁺ in (r = 3/2):
 *
 *   V = (RT/F) · ln( (r·P_K·[K]o + P_Na·[Na]o) / (r·P_K·[K]i + P_Na·[Na]i) )
 *
 * It follows from requiring each ion's GHK leak to balance its pumped flux. r = 1 gives
 * the GHK voltage equation for K⁺ and Na⁺.
 */
export function mullinsNodaPotential(
  cell: { K: PumpedIon; Na: PumpedIon; pumpRatio?: number },
  temperature: number,
): number {
  const fn = 'mullinsNodaPotential';
  checkGradient(fn, { z: 1, ...cell?.K }, 'cell.K');
  checkGradient(fn, { z: 1, ...cell.Na }, 'cell.Na');
  const pK = nonNegative(fn, 'cell.K.permeability', cell.K.permeability);
  const pNa = nonNegative(fn, 'cell.Na.permeability', cell.Na.permeability);
  positive(fn, 'the sum of permeabilities', pK + pNa);
  const r = positive(fn, 'cell.pumpRatio', cell.pumpRatio ?? PUMP_RATIO);
  positive(fn, 'temperature', temperature, 'K');
  const kWeight = finiteResult(fn, 'cell.pumpRatio × cell.K.permeability', r * pK);
  const lnRatio = ghkLogRatio(
    [
      { z: 1, inside: cell.K.inside, outside: cell.K.outside, weight: kWeight },
      { z: 1, inside: cell.Na.inside, outside: cell.Na.outside, weight: pNa },
    ],
    (ion) => ion.weight,
  );
  finiteResult(fn, 'cell (permeabilities and concentrations, too far apart)', lnRatio);
  return finiteResult(fn, 'temperature', thermalVoltage(temperature) * lnRatio);
}

/**
 * The current carried by Na⁺/K⁺ pumps, in A, outward positive: I = n·e·f·N, with n net
 * charges per cycle (1: 3 Na⁺ out, 2 K⁺ in), f cycles per second per pump and N pumps.
 * One pump at 100 cycles/s carries 1.6 × 10⁻¹⁷ A = 1.6 × 10⁻⁵ pA.
 */
export function pumpCurrent(pump: {
  turnoverRate: number;
  netChargesPerCycle?: number;
  pumps?: number;
}): number {
  const fn = 'pumpCurrent';
  const rate = nonNegative(fn, 'pump.turnoverRate', pump?.turnoverRate, '1/s');
  const n = nonNegative(fn, 'pump.netChargesPerCycle', pump.netChargesPerCycle ?? 1);
  const count = nonNegative(fn, 'pump.pumps', pump.pumps ?? 1);
  return finiteResult(fn, 'pump', n * ELEMENTARY_CHARGE * rate * count);
}
