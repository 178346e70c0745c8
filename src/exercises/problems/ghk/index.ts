// The GHK chapter's problem kinds: one module, and so one chunk, loaded when an exercise
// first names one of them (see ../index.ts).
export { chordPotentialProblem } from './chordPotential';
export { drivingForceProblem } from './drivingForce';
export { ekOnlyErrorProblem } from './ekOnlyError';
export { ghkPermeabilityRatioProblem } from './ghkPermeabilityRatio';
export { ghkVoltageProblem } from './ghkVoltage';
export { reversalWithCalciumProblem } from './reversalWithCalcium';
export { selectivityRatioProblem } from './selectivityRatio';
