import { Sub } from '../../math';
import { potentialDifferenceStepsFor } from './PotentialDifferenceSteps';

/** E_K − V_m with the numbers substituted. */
export const EkOnlyErrorSteps = potentialDifferenceStepsFor(
  <Sub base="E" sub="K" />,
  <Sub base="V" sub="m" />,
);
