import { ghkVoltage, reversalPotential } from '../../../physics';
import type { ProblemKind } from '../../ProblemKind';
import { concentration, temperature, VOLTAGE_TOLERANCE, voltageAnswer } from '../shared';
import { relativePermeability } from './params';
import { GRADIENTS, potassiumAndSodium } from './permeantIons';
import { ReversalWithCalciumSteps } from './ReversalWithCalciumSteps';

export const reversalWithCalciumProblem: ProblemKind = {
  id: 'reversal-with-calcium',
  params: {
    Kin: GRADIENTS.Kin,
    Kout: GRADIENTS.Kout,
    Nain: GRADIENTS.Nain,
    Naout: GRADIENTS.Naout,
    Cain: concentration('[Ca²⁺] inside', 0.00005, 0.0002),
    Caout: concentration('[Ca²⁺] outside', 1, 3),
    PNa: relativePermeability('P_Na/P_K', 0.5, 2),
    PCa: relativePermeability('P_Ca/P_K', 1, 20),
    T: temperature,
  },
  answer: voltageAnswer('V_m'),
  tolerance: VOLTAGE_TOLERANCE,
  // Ca²⁺ (z = 2) leaves the GHK voltage equation without a closed form: V is where the
  // three GHK currents add to zero, found numerically.
  solve: (p) =>
    reversalPotential(
      [
        ...potassiumAndSodium(p),
        { z: 2, inside: p.Cain!, outside: p.Caout!, permeability: p.PCa! },
      ],
      p.T!,
    ),
  mistakes: (p) => [
    {
      value: ghkVoltage(potassiumAndSodium(p), p.T!),
      message:
        'That leaves Ca²⁺ out. Its current counts too, with z = 2: solve for the V where the three GHK currents add to zero.',
    },
  ],
  steps: (_p, v) => <ReversalWithCalciumSteps potential={v} />,
};
