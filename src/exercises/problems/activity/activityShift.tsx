import { activityNernstPotential, nernstPotential, thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin, distinct, temperature, valenceNotDivided } from '../shared';
import { LOG10_FOR_LN } from './activityNernst';
import { ActivityShiftSteps } from './ActivityShiftSteps';
import { activityCoefficientParam, valence } from './params';

// How far the activity coefficients move the Nernst potential: ΔE = (RT/zF) ln(γ_out/γ_in),
// T in K, γ a pure number.

const TOLERANCE = { relative: 0.01, absolute: 1e-5 };

/** The numbers the worked solution shows: the coefficients, RT/zF and ΔE. */
export function activityShiftWorking(p: SIParams, shift: number) {
  return { gammaIn: p.gin!, gammaOut: p.gout!, rtOverZF: thermalVoltage(p.T!) / p.z!, shift };
}

export const activityShiftProblem: ProblemKind = {
  id: 'activity-shift',
  params: {
    z: valence,
    gin: activityCoefficientParam('inside activity coefficient'),
    gout: activityCoefficientParam('outside activity coefficient'),
    T: temperature,
  },
  answer: { label: 'ΔE', unit: 'mV', dimension: 'voltage', format: { digits: 3, sign: true } },
  tolerance: TOLERANCE,
  accepts: (p) => Math.abs(Math.log(p.gout! / p.gin!)) > 0.05,
  // The difference of the two Nernst potentials, both from the physics core; the
  // concentrations cancel, so any pair will do.
  solve: (p) => {
    const ion = { z: p.z!, inside: 1, outside: 1 };
    return (
      activityNernstPotential({ ...ion, gammaInside: p.gin!, gammaOutside: p.gout! }, p.T!) -
      nernstPotential(ion, p.T!)
    );
  },
  mistakes: (p, shift) =>
    distinct(
      [
        {
          value: -shift,
          message:
            'The sign is off: ΔE = (RT/zF)·ln(γ_out/γ_in), with γ_out on top, as a_out is in the Nernst equation.',
        },
        { value: shift / Math.LN10, message: LOG10_FOR_LN },
        ...valenceNotDivided(shift, p.z!, 'the shift'),
        ...celsiusAsKelvin(shift, p.T!),
      ],
      shift,
      TOLERANCE,
    ),
  steps: (p, shift) => <ActivityShiftSteps {...activityShiftWorking(p, shift)} />,
};
