import type { ProblemKind } from '../../ProblemKind';

/** ΔG asked in kJ/mol, printed to 3 digits with its sign. */
export const FREE_ENERGY_ANSWER: ProblemKind['answer'] = {
  label: 'ΔG',
  unit: 'kJ/mol',
  dimension: 'molarEnergy',
  format: { digits: 3, sign: true },
};

/** Correct within 1 % or 10 J/mol, whichever is wider. */
export const FREE_ENERGY_TOLERANCE = { relative: 0.01, absolute: 10 };
