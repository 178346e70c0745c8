import type { ProblemKind } from '../ProblemKind';
import {
  chemicalEnergyProblem,
  decadeSlopeProblem,
  electrochemicalEnergyProblem,
  nernstConcentrationProblem,
  nernstPotentialProblem,
} from './nernstProblems';

/** Every problem kind a chapter's <Exercise problem="…"> may name. */
export const PROBLEMS: Readonly<Record<string, ProblemKind>> = Object.fromEntries(
  [
    nernstPotentialProblem,
    nernstConcentrationProblem,
    decadeSlopeProblem,
    chemicalEnergyProblem,
    electrochemicalEnergyProblem,
  ].map((problem) => [problem.id, problem]),
);
