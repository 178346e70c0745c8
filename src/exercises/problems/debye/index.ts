// The problem kinds of chapter 4 (Debye screening and the membrane capacitor): one module, and
// so one chunk, that the registry loads when an exercise first names one of them.
export { chargeFractionProblem } from './chargeFraction';
export { debyeLengthProblem } from './debyeLength';
export { fieldRatioProblem } from './fieldRatio';
export { ionsToChargeProblem } from './ionsToCharge';
export { membraneCapacitanceProblem } from './membraneCapacitance';
export { membraneFieldProblem } from './membraneField';
