// The problem kinds of chapter 3 (activity): one module, and so one chunk, that the registry
// loads when an exercise first names one of them.
export { activityProblem } from './activity';
export { activityNernstProblem } from './activityNernst';
export { activityShiftProblem } from './activityShift';
export { gammaDaviesProblem, gammaExtendedProblem, gammaLimitingProblem } from './gammaLaws';
export { ionicStrengthProblem } from './ionicStrength';
