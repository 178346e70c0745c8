// The pump chapter's problem kinds: one module, and so one chunk, loaded when an exercise
// first names one of them (see ../index.ts).
export { atpPerSecondProblem } from './atpPerSecond';
export { mullinsNodaProblem } from './mullinsNoda';
export { pumpCurrentProblem } from './pumpCurrent';
export { pumpShiftProblem } from './pumpShift';
export { rundownTimeProblem } from './rundownTime';
