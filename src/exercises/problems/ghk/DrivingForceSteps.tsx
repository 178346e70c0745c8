import { Id, Sub } from '../../math';
import { potentialDifferenceStepsFor } from './PotentialDifferenceSteps';

/** V_m − E with the numbers substituted. */
export const DrivingForceSteps = potentialDifferenceStepsFor(<Sub base="V" sub="m" />, <Id>E</Id>);
