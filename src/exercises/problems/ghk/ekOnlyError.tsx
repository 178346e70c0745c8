import type { ProblemKind, SIParams } from '../../ProblemKind';
import { VOLTAGE_TOLERANCE, voltageAnswer } from '../shared';
import { EkOnlyErrorSteps } from './EkOnlyErrorSteps';
import { ghkVoltageProblem } from './ghkVoltage';
import { potassiumPotential } from './permeantIons';
import type { PotentialDifferenceNumbers } from './PotentialDifferenceSteps';

/** The worked solution's numbers: E_K − V_m, with V_m the GHK voltage of the same cell. */
export function ekOnlyErrorWorking(p: SIParams, difference: number): PotentialDifferenceNumbers {
  return {
    minuend: potassiumPotential(p),
    subtrahend: ghkVoltageProblem.solve(p),
    difference,
  };
}

export const ekOnlyErrorProblem: ProblemKind = {
  id: 'ek-only-error',
  params: ghkVoltageProblem.params,
  answer: voltageAnswer('E_K − V_m'),
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) => potassiumPotential(p) - ghkVoltageProblem.solve(p),
  mistakes: (_p, d) => [
    {
      value: -d,
      message: 'That is V_m − E_K; the question asks how far E_K lies from V_m, E_K − V_m.',
    },
  ],
  steps: (p, d) => <EkOnlyErrorSteps {...ekOnlyErrorWorking(p, d)} />,
};
