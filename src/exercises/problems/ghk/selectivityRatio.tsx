import { GAS_CONSTANT } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { redrawnParam, temperature } from '../shared';
import { SelectivityRatioSteps, type SelectivityRatioNumbers } from './SelectivityRatioSteps';

/** ΔG/RT, from the parameters dG (J/mol) and T. */
function energyOverRT(p: SIParams): number {
  return p.dG! / (GAS_CONSTANT * p.T!);
}

/** The worked solution's numbers: P_K/P_Na = e^(ΔG/(R × T)). */
export function selectivityRatioWorking(p: SIParams, ratio: number): SelectivityRatioNumbers {
  return { energy: p.dG!, gasConstant: GAS_CONSTANT, T: p.T!, ratio };
}

export const selectivityRatioProblem: ProblemKind = {
  id: 'selectivity-ratio',
  params: {
    dG: redrawnParam('extra free energy for Na⁺', 'kJ/mol', 8, 25, 'linear'),
    T: temperature,
  },
  answer: { label: 'P_K/P_Na', unit: '', dimension: 'dimensionless', format: { digits: 3 } },
  tolerance: { relative: 0.03, absolute: 0 },
  // The Boltzmann factor of the extra free energy Na⁺ pays in the filter.
  solve: (p) => Math.exp(energyOverRT(p)),
  mistakes: (p, ratio) => [
    {
      value: 1 / ratio,
      code: 'inverted-ratio',
      note: 'That is P_Na/P_K; the question asks how many times better K⁺ passes.',
    },
    {
      value: 10 ** energyOverRT(p),
      code: 'log-base',
      note: 'The Boltzmann factor is e^(ΔG/RT), not 10^(ΔG/RT).',
    },
    {
      value: Math.exp(p.dG! / 1000 / (GAS_CONSTANT * p.T!)),
      code: 'unit',
      note: 'ΔG must be in J/mol when R is in J/(mol·K).',
    },
  ],
  // The exercise's words: Na⁺ pays more in the filter (ΔG > 0), so K⁺ passes better.
  story: (p) => ({ potassiumPreferred: p.dG! > 0 }),
  steps: (p, ratio) => <SelectivityRatioSteps {...selectivityRatioWorking(p, ratio)} />,
};
