import type { ProblemKind } from '../ProblemKind';
import {
  activityNernstProblem,
  activityProblem,
  activityShiftProblem,
  gammaDaviesProblem,
  gammaExtendedProblem,
  gammaLimitingProblem,
  ionicStrengthProblem,
} from './activityProblems';
import {
  chargeFractionProblem,
  debyeLengthProblem,
  fieldRatioProblem,
  ionsToChargeProblem,
  membraneCapacitanceProblem,
  membraneFieldProblem,
} from './debyeProblems';
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
    ionicStrengthProblem,
    gammaLimitingProblem,
    gammaExtendedProblem,
    gammaDaviesProblem,
    activityNernstProblem,
    activityShiftProblem,
    activityProblem,
    debyeLengthProblem,
    membraneFieldProblem,
    membraneCapacitanceProblem,
    ionsToChargeProblem,
    chargeFractionProblem,
    fieldRatioProblem,
  ].map((problem) => [problem.id, problem]),
);
