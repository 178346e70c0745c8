import { sphericalCellCharge } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { distinct } from '../shared';
import { capacitanceUnitSlips, elementaryChargesSlip, quarterAreaSlip } from './chargeSlips';
import { IonsToChargeSteps, type IonsToChargeNumbers } from './IonsToChargeSteps';
import { cellRadius, membranePotential, specificCapacitance, valence } from './params';

// How many ions charge the membrane of a spherical cell to V_m: N = C·4πr²·|V_m|/(|z|e), with
// r in m, C in F/m², V in V.

/** The cell of a problem, from the physics core (concentration 1 mM if the problem has none). */
export function cellCharge(p: SIParams) {
  return sphericalCellCharge({
    radius: p.r!,
    specificCapacitance: p.C!,
    voltage: p.V!,
    z: p.z!,
    concentration: p.c ?? 1,
  });
}

/** The numbers the worked solution shows: A = 4πr², Q = C·A·V, |Q|, |z| and N. */
export function ionsToChargeWorking(p: SIParams): IonsToChargeNumbers {
  const cell = cellCharge(p);
  return {
    radius: p.r!,
    specificCapacitance: p.C!,
    voltage: p.V!,
    area: cell.area,
    charge: cell.charge,
    chargeMagnitude: Math.abs(cell.charge),
    valenceMagnitude: Math.abs(p.z!),
    ionsMoved: cell.ionsMoved,
  };
}

export const ionsToChargeProblem: ProblemKind = {
  id: 'ions-to-charge',
  params: { r: cellRadius(2, 50), C: specificCapacitance, V: membranePotential, z: valence },
  answer: { label: 'N', unit: 'ions', dimension: 'count', format: { digits: 3 } },
  solve: (p) => cellCharge(p).ionsMoved,
  mistakes: (p, n) =>
    distinct(
      [
        quarterAreaSlip(n),
        {
          value: (n * p.r!) / 3,
          code: 'geometry',
          note: 'That uses the volume, (4/3)πr³, where the charge sits on the membrane area, 4πr².',
        },
        ...capacitanceUnitSlips(n),
        ...elementaryChargesSlip(n, p.z!, 'divide |Q| by |z|·e.'),
      ],
      n,
    ),
  // The words: K⁺ leaves to make the inside negative, and the count is in the millions.
  story: (p) => ({
    insideNegative: p.V! < 0,
    thousandsPower: Math.floor(Math.log10(cellCharge(p).ionsMoved) / 3),
  }),
  steps: (p) => <IonsToChargeSteps {...ionsToChargeWorking(p)} />,
};
