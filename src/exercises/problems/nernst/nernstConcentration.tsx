import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin, distinguishable, redrawnParam } from '../shared';
import { cin, rtOverZF, T, z } from './ionParams';
import {
  NernstConcentrationSteps,
  type NernstConcentrationNumbers,
} from './NernstConcentrationSteps';

/** The worked solution's numbers: c_out = c_in · e^(E / (RT/zF)). */
export function nernstConcentrationWorking(p: SIParams, cout: number): NernstConcentrationNumbers {
  return { cin: p.cin!, potential: p.E!, rtOverZF: rtOverZF(p), cout };
}

/** 4 mM, the normal plasma K⁺ the exercise's hint compares with. */
const NORMAL_PLASMA_POTASSIUM = 4;

/** c_out = c_in·e^(E/(RT/zF)): the Nernst equation E = (RT/zF)·ln(c_out/c_in) solved for c_out. */
function outsideConcentration(p: SIParams): number {
  return p.cin! * Math.exp(p.E! / rtOverZF(p));
}

export const nernstConcentrationProblem: ProblemKind = {
  id: 'nernst-concentration',
  params: {
    z,
    cin,
    E: redrawnParam('equilibrium potential', 'mV', -100, -40, 'linear'),
    T,
  },
  answer: { label: 'c_out', unit: 'mM', dimension: 'concentration', format: { digits: 3 } },
  solve: outsideConcentration,
  mistakes: (p, c) => {
    // Each slip changes the exponent E/(RT/zF); c_in·e^(exponent) is what it gives.
    const withExponent = (exponent: number) => p.cin! * Math.exp(exponent);
    const slope = rtOverZF(p);
    return distinguishable(
      [
        {
          value: withExponent(-p.E! / slope),
          code: 'swap',
          note: 'Solve E = (RT/zF)·ln(c_out/c_in) for c_out.',
        },
        {
          value: p.cin! * 10 ** (p.E! / slope),
          code: 'log-base',
          note: 'The inverse of ln is e^x, not 10^x.',
        },
        { value: withExponent(p.E! / (slope * Math.LN10)), code: 'ln-decade' },
        // The valence left out: the exponent FE/RT where zFE/RT belongs.
        ...(Math.abs(p.z!) === 1
          ? []
          : [
              {
                value: withExponent(p.E! / (slope * p.z!)),
                code: 'valence' as const,
                note: `The exponent is zFE/RT, with z = ${p.z!}.`,
              },
            ]),
        // θ in °C for T makes RT/zF, the exponent's divisor, θ/T times too small.
        ...celsiusAsKelvin(slope, p.T!).map((m) => ({ ...m, value: withExponent(p.E! / m.value) })),
      ],
      c,
    );
  },
  // The hint's and solution's words: the sign of E, so whether the outside holds less than
  // the inside (an exponential below 1), and more or less K⁺ outside than the normal 4 mM.
  story: (p) => {
    const c = outsideConcentration(p);
    return {
      sign: Math.sign(p.E!),
      crowdedInside: c < p.cin!,
      aboveNormalPlasmaPotassium: c > NORMAL_PLASMA_POTASSIUM,
    };
  },
  steps: (p, c) => <NernstConcentrationSteps {...nernstConcentrationWorking(p, c)} />,
};
