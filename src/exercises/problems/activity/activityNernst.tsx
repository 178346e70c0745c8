import { activityNernstPotential, nernstPotential, thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import {
  concentration,
  distinct,
  logarithmAndCelsiusSlips,
  temperature,
  VOLTAGE_TOLERANCE,
  voltageAnswer,
} from '../shared';
import { ActivityNernstSteps } from './ActivityNernstSteps';
import { activityCoefficientParam, valence } from './params';

// The Nernst potential from activities, E = (RT/zF) ln(a_out/a_in) with a = γc: c in mM,
// T in K, γ a pure number.

/** The numbers the worked solution shows: the parameters, RT/zF, the activities γc and E. */
export function activityNernstWorking(p: SIParams, potential: number) {
  return {
    z: p.z!,
    temperature: p.T!,
    gammaIn: p.gin!,
    gammaOut: p.gout!,
    cin: p.cin!,
    cout: p.cout!,
    rtOverZF: thermalVoltage(p.T!) / p.z!,
    activityIn: p.gin! * p.cin!,
    activityOut: p.gout! * p.cout!,
    potential,
  };
}

/** E from the activities γc: the answer. */
const activityPotential = (p: SIParams) =>
  activityNernstPotential(
    { z: p.z!, inside: p.cin!, outside: p.cout!, gammaInside: p.gin!, gammaOutside: p.gout! },
    p.T!,
  );

/** E from the concentrations alone, as if every γ were 1. */
const concentrationNernst = (p: SIParams) =>
  nernstPotential({ z: p.z!, inside: p.cin!, outside: p.cout! }, p.T!);

export const activityNernstProblem: ProblemKind = {
  id: 'activity-nernst',
  params: {
    z: valence,
    cin: concentration('inside concentration', 100, 160),
    cout: concentration('outside concentration', 2.5, 10),
    gin: activityCoefficientParam('inside activity coefficient'),
    gout: activityCoefficientParam('outside activity coefficient'),
    T: temperature,
  },
  answer: voltageAnswer('E'),
  tolerance: VOLTAGE_TOLERANCE,
  accepts: (p) => Math.abs(Math.log(p.cout! / p.cin!)) > 0.2,
  solve: activityPotential,
  mistakes: (p, e) => {
    const fromConcentrations = concentrationNernst(p);
    return distinct(
      [
        {
          value: fromConcentrations,
          code: 'wrong-law',
          note: 'Multiply each concentration by its activity coefficient first: a = γc.',
        },
        {
          value: 2 * fromConcentrations - e,
          code: 'swap',
          note: 'Here the activity coefficients are: γ_out multiplies c_out, and γ_in multiplies c_in.',
        },
        {
          value: -e,
          code: 'sign',
          note: 'The ratio is a_out / a_in (V_m is inside minus outside).',
        },
        ...logarithmAndCelsiusSlips(e, p.T!),
      ],
      e,
      VOLTAGE_TOLERANCE,
    );
  },
  // The words: the ion is more concentrated on one side (K⁺ inside, pushing outward), E has
  // that sign, and the activities move E the way the larger γ says (less negative for K⁺
  // with γ_out > γ_in).
  story: (p) => {
    const e = activityPotential(p);
    return {
      moreInside: p.cin! > p.cout!,
      potentialSign: Math.sign(e),
      shiftSign: Math.sign(e - concentrationNernst(p)),
    };
  },
  steps: (p, e) => <ActivityNernstSteps {...activityNernstWorking(p, e)} />,
};
