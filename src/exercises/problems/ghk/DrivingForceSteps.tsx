import { Id, Sub } from '../../math';
import {
  PotentialDifferenceSteps,
  type PotentialDifferenceNumbers,
} from './PotentialDifferenceSteps';

/** V_m − E with the numbers substituted. */
export function DrivingForceSteps(numbers: PotentialDifferenceNumbers) {
  return (
    <PotentialDifferenceSteps
      minuendSymbol={<Sub base="V" sub="m" />}
      subtrahendSymbol={<Id>E</Id>}
      {...numbers}
    />
  );
}
