import { activityNernstPotential, nernstPotential, thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import {
  celsiusAsKelvin,
  concentration,
  distinct,
  temperature,
  VOLTAGE_TOLERANCE,
  voltageAnswer,
} from '../shared';
import { ActivityNernstSteps } from './ActivityNernstSteps';
import { activityCoefficientParam, valence } from './params';

// The Nernst potential from activities, E = (RT/zF) ln(a_out/a_in) with a = γc: c in mM,
// T in K, γ a pure number.

export const LOG10_FOR_LN =
  'That is the value with log₁₀ where the equation has ln: multiply by ln 10 ≈ 2.303, or use ln.';

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
  solve: (p) =>
    activityNernstPotential(
      { z: p.z!, inside: p.cin!, outside: p.cout!, gammaInside: p.gin!, gammaOutside: p.gout! },
      p.T!,
    ),
  mistakes: (p, e) => {
    const fromConcentrations = nernstPotential({ z: p.z!, inside: p.cin!, outside: p.cout! }, p.T!);
    return distinct(
      [
        {
          value: fromConcentrations,
          message:
            'That is E from the concentrations alone. Multiply each concentration by its activity coefficient first: a = γc.',
        },
        {
          value: 2 * fromConcentrations - e,
          message:
            'The activity coefficients are swapped: γ_out multiplies c_out and γ_in multiplies c_in.',
        },
        {
          value: -e,
          message:
            'The size is right but the sign is not: the ratio is a_out / a_in (V_m is inside minus outside).',
        },
        { value: e / Math.LN10, message: LOG10_FOR_LN },
        ...celsiusAsKelvin(e, p.T!),
      ],
      e,
      VOLTAGE_TOLERANCE,
    );
  },
  steps: (p, e) => <ActivityNernstSteps {...activityNernstWorking(p, e)} />,
};
