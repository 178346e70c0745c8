import type { ProblemKind } from '../ProblemKind';
import {
  chordPotentialProblem,
  drivingForceProblem,
  ekOnlyErrorProblem,
  ghkPermeabilityRatioProblem,
  ghkVoltageProblem,
  reversalWithCalciumProblem,
  selectivityRatioProblem,
} from './ghkProblems';
import {
  atpPerSecondProblem,
  mullinsNodaProblem,
  pumpCurrentProblem,
  pumpShiftProblem,
  rundownTimeProblem,
} from './pumpProblems';
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
    ghkVoltageProblem,
    ghkPermeabilityRatioProblem,
    drivingForceProblem,
    chordPotentialProblem,
    reversalWithCalciumProblem,
    ekOnlyErrorProblem,
    selectivityRatioProblem,
    pumpCurrentProblem,
    pumpShiftProblem,
    mullinsNodaProblem,
    atpPerSecondProblem,
    rundownTimeProblem,
  ].map((problem) => [problem.id, problem]),
);
