import { Sub } from '../../math';
import {
  PotentialDifferenceSteps,
  type PotentialDifferenceNumbers,
} from './PotentialDifferenceSteps';

/** E_K − V_m with the numbers substituted. */
export function EkOnlyErrorSteps(numbers: PotentialDifferenceNumbers) {
  return (
    <PotentialDifferenceSteps
      minuendSymbol={<Sub base="E" sub="K" />}
      subtrahendSymbol={<Sub base="V" sub="m" />}
      {...numbers}
    />
  );
}
