import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin } from '../shared';
import { cin, rtOverZF, T, z } from './ionParams';
import {
  NernstConcentrationSteps,
  type NernstConcentrationNumbers,
} from './NernstConcentrationSteps';

/** The worked solution's numbers: c_out = c_in · e^(E / (RT/zF)). */
export function nernstConcentrationWorking(p: SIParams, cout: number): NernstConcentrationNumbers {
  return { cin: p.cin!, potential: p.E!, rtOverZF: rtOverZF(p), cout };
}

export const nernstConcentrationProblem: ProblemKind = {
  id: 'nernst-concentration',
  params: {
    z,
    cin,
    E: {
      label: 'equilibrium potential',
      unit: 'mV',
      redraw: { min: -100, max: -40, scale: 'linear', digits: 2 },
    },
    T,
  },
  answer: { label: 'c_out', unit: 'mM', dimension: 'concentration', format: { digits: 3 } },
  // E = (RT/zF)·ln(c_out/c_in) solved for c_out
  solve: (p) => p.cin! * Math.exp(p.E! / rtOverZF(p)),
  mistakes: (p, c) => [
    {
      value: p.cin! * Math.exp(-p.E! / rtOverZF(p)),
      message:
        'That is the concentration with inside and outside exchanged: solve E = (RT/zF)·ln(c_out/c_in) for c_out.',
    },
    {
      value: p.cin! * 10 ** (p.E! / rtOverZF(p)),
      message: 'That uses 10^x where the inverse of ln is e^x.',
    },
    ...celsiusAsKelvin(Math.log(c / p.cin!), p.T!).map((m) => ({
      value: p.cin! * Math.exp(m.value),
      message: m.message,
    })),
  ],
  steps: (p, c) => <NernstConcentrationSteps {...nernstConcentrationWorking(p, c)} />,
};
