import type { ProblemKind, SIParams } from '../../ProblemKind';
import {
  distinguishable,
  logarithmAndCelsiusSlips,
  VOLTAGE_TOLERANCE,
  voltageAnswer,
} from '../shared';
import { EkOnlyErrorSteps } from './EkOnlyErrorSteps';
import { ghkVoltageMethodSlips } from './ghkVoltageMethodSlips';
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
  mistakes: (p, d) => {
    const eK = potassiumPotential(p);
    const v = ghkVoltageProblem.solve(p);
    return distinguishable(
      [
        {
          value: -d,
          code: 'sign',
          note: 'That is V_m − E_K; the question asks how far E_K lies from V_m, E_K − V_m.',
        },
        { value: eK, code: 'step-short', note: 'That is E_K; subtract V_m from it.' },
        { value: v, code: 'step-short', note: 'That is V_m; subtract it from E_K.' },
        // V_m found with a wrong picture of the GHK equation, subtracted from E_K.
        ...ghkVoltageMethodSlips(p).map((m) => ({ ...m, value: eK - m.value })),
        // Slips in RT/F or the logarithm scale E_K and V_m alike, and so their difference.
        ...logarithmAndCelsiusSlips(d, p.T!),
      ],
      d,
      VOLTAGE_TOLERANCE,
    );
  },
  // The hint's words: E_K is the more negative of the two, so E_K − V_m is negative.
  story: (p) => ({ sign: Math.sign(potassiumPotential(p) - ghkVoltageProblem.solve(p)) }),
  steps: (p, d) => <EkOnlyErrorSteps {...ekOnlyErrorWorking(p, d)} />,
};
