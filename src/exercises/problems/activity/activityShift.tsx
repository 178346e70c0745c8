import { activityNernstPotential, nernstPotential, thermalVoltage } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import {
  celsiusAsKelvin,
  distinct,
  logarithmSlips,
  temperature,
  valenceNotDivided,
} from '../shared';
import { ActivityShiftSteps } from './ActivityShiftSteps';
import { activityCoefficientParam, valence } from './params';

// How far the activity coefficients move the Nernst potential: ΔE = (RT/zF) ln(γ_out/γ_in),
// T in K, γ a pure number.

const TOLERANCE = { relative: 0.01, absolute: 1e-5 };

/** The numbers the worked solution shows: the coefficients, RT/zF and ΔE. */
export function activityShiftWorking(p: SIParams, shift: number) {
  return { gammaIn: p.gin!, gammaOut: p.gout!, rtOverZF: thermalVoltage(p.T!) / p.z!, shift };
}

/**
 * ΔE as the difference of the two Nernst potentials, both from the physics core; the
 * concentrations cancel, so any pair will do.
 */
function shiftOf(p: SIParams): number {
  const ion = { z: p.z!, inside: 1, outside: 1 };
  return (
    activityNernstPotential({ ...ion, gammaInside: p.gin!, gammaOutside: p.gout! }, p.T!) -
    nernstPotential(ion, p.T!)
  );
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
  solve: shiftOf,
  mistakes: (p, shift) =>
    distinct(
      [
        {
          value: -shift,
          code: 'sign',
          note: 'ΔE = (RT/zF)·ln(γ_out/γ_in), with γ_out on top, as a_out is in the Nernst equation.',
        },
        ...logarithmSlips(shift),
        ...valenceNotDivided(shift, p.z!, 'the shift'),
        ...celsiusAsKelvin(shift, p.T!),
      ],
      shift,
      TOLERANCE,
    ),
  // The words: which side has the larger γ, and so the sign of the shift (positive for a
  // cation with the larger γ outside).
  story: (p) => ({
    largerOutside: p.gout! > p.gin!,
    shiftSign: Math.sign(shiftOf(p)),
  }),
  steps: (p, shift) => <ActivityShiftSteps {...activityShiftWorking(p, shift)} />,
};
