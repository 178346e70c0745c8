import { debyeLength } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { concentration, distinct } from '../shared';
import { ChargeFractionSteps } from './ChargeFractionSteps';
import { capacitanceUnitSlips, elementaryChargesSlip, quarterAreaSlip } from './chargeSlips';
import { cellCharge, ionsToChargeWorking } from './ionsToCharge';
import { cellRadius, membranePotential, specificCapacitance, valence } from './params';

// What fraction of a spherical cell's ions charge its membrane: the ions moved over
// c·(4/3)πr³·N_A, which is 3C|V_m|/(|z|Fcr). c in mM (= mol/m³), r in m, C in F/m², V in V.

/** The numbers the worked solution shows: those of ions-to-charge, the volume, N_cell, the fraction. */
export function chargeFractionWorking(p: SIParams, fraction: number) {
  const cell = cellCharge(p);
  return {
    ...ionsToChargeWorking(p),
    concentration: p.c!,
    volume: cell.volume,
    ionsInCell: cell.ionsInCell,
    fraction,
  };
}

/** The Debye length of body fluid, 150 mM at 37 °C with ε_r = 74.15: about 0.78 nm. */
const BODY_FLUID_DEBYE_LENGTH = debyeLength(150, 310.15, 74.15);

export const chargeFractionProblem: ProblemKind = {
  id: 'charge-fraction',
  params: {
    r: cellRadius(0.2, 50),
    C: specificCapacitance,
    V: membranePotential,
    z: valence,
    c: concentration('concentration inside', 100, 160),
  },
  answer: { label: 'fraction', unit: '', dimension: 'dimensionless', format: { digits: 3 } },
  solve: (p) => cellCharge(p).fraction,
  mistakes: (p, f) =>
    distinct(
      [
        {
          value: 1 / f,
          code: 'inverted-ratio',
          note: 'That is ions in the cell per ion moved. The fraction is ions moved / ions in the cell.',
        },
        {
          value: 2 * f,
          code: 'geometry',
          note: 'That is twice the answer, as if r were the diameter: the fraction goes as 1/r, with r the radius.',
        },
        {
          value: f / 3,
          code: 'geometry',
          note: 'The factor 3 is missing: area over volume is 4πr² / ((4/3)πr³) = 3/r, not 1/r.',
        },
        quarterAreaSlip(f),
        ...capacitanceUnitSlips(f),
        ...elementaryChargesSlip(f, p.z!, 'fewer ions carry the charge.'),
      ],
      f,
    ),
  // The words: K⁺ leaves to make the inside negative; one ion in thousands (a small cell) or
  // tens of thousands (a 10 µm cell) leaves, well below one percent; and the radius is
  // hundreds (or thousands) of Debye lengths of body fluid.
  story: (p) => {
    const fraction = cellCharge(p).fraction;
    return {
      insideNegative: p.V! < 0,
      oneInOrder: Math.floor(Math.log10(1 / fraction)),
      belowOnePercent: fraction < 0.01,
      radiusInDebyeLengthsOrder: Math.floor(Math.log10(p.r! / BODY_FLUID_DEBYE_LENGTH)),
    };
  },
  steps: (p, f) => <ChargeFractionSteps {...chargeFractionWorking(p, f)} />,
};
