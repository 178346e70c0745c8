import { ghkVoltage, nernstPotential, reversalPotential } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import {
  concentration,
  distinguishable,
  temperature,
  VOLTAGE_TOLERANCE,
  voltageAnswer,
} from '../shared';
import { relativePermeability } from './params';
import { GRADIENTS, potassiumAndSodium } from './permeantIons';
import { ReversalWithCalciumSteps } from './ReversalWithCalciumSteps';

/** Ca²⁺ from the parameters, P_Ca/P_K = PCa. */
function calcium(p: SIParams) {
  return { z: 2, inside: p.Cain!, outside: p.Caout!, permeability: p.PCa! };
}

/**
 * Where the K⁺, Na⁺ and Ca²⁺ GHK currents add to zero: Ca²⁺ (z = 2) leaves the GHK voltage
 * equation without a closed form, so V is found numerically.
 */
function reversal(p: SIParams): number {
  return reversalPotential([...potassiumAndSodium(p), calcium(p)], p.T!);
}

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
  solve: reversal,
  mistakes: (p, v) =>
    distinguishable(
      [
        {
          value: ghkVoltage(potassiumAndSodium(p), p.T!),
          code: 'ion-left-out',
          note: 'That leaves Ca²⁺ out. Its current counts too, with z = 2: solve for the V where the three GHK currents add to zero.',
        },
        {
          // Ca²⁺ entered in the GHK voltage equation as if it were a monovalent cation.
          value: ghkVoltage([...potassiumAndSodium(p), { ...calcium(p), z: 1 }], p.T!),
          code: 'valence',
          note: 'Ca²⁺ carries two charges, so the GHK voltage equation for monovalent ions does not hold: find where the three GHK currents add to zero.',
        },
        {
          value: nernstPotential(calcium(p), p.T!),
          code: 'one-ion',
          note: 'Here it is E_Ca; K⁺ and Na⁺ pass this channel too.',
        },
      ],
      v,
      VOLTAGE_TOLERANCE,
    ),
  // The exercise's words: Ca²⁺ passes better than K⁺ (P_Ca/P_K > 1), and adding it moves the
  // reversal potential in the positive direction from that of K⁺ and Na⁺ alone.
  story: (p) => ({
    calciumPassesBetter: p.PCa! > 1,
    calciumShiftsPositive: reversal(p) > ghkVoltage(potassiumAndSodium(p), p.T!),
  }),
  steps: (_p, v) => <ReversalWithCalciumSteps potential={v} />,
};
