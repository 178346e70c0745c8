import type { ProblemKind } from '../ProblemKind';

// Each chapter's kinds are a module, and so a chunk, of their own: an exercise loads the
// module that holds its kind when a chapter first names it, so a chapter fetches only
// the kinds its exercises use.
const activity = () => import('./activity');
const debye = () => import('./debye');
const ghk = () => import('./ghk');
const nernst = () => import('./nernst');
const pump = () => import('./pump');

/** Every problem kind a chapter's <Exercise problem="…"> may name, loaded on demand. */
export const PROBLEMS: Readonly<Record<string, () => Promise<ProblemKind>>> = {
  'nernst-potential': () => nernst().then((m) => m.nernstPotentialProblem),
  'nernst-concentration': () => nernst().then((m) => m.nernstConcentrationProblem),
  'decade-slope': () => nernst().then((m) => m.decadeSlopeProblem),
  'chemical-energy': () => nernst().then((m) => m.chemicalEnergyProblem),
  'electrochemical-energy': () => nernst().then((m) => m.electrochemicalEnergyProblem),
  'ghk-voltage': () => ghk().then((m) => m.ghkVoltageProblem),
  'ghk-permeability-ratio': () => ghk().then((m) => m.ghkPermeabilityRatioProblem),
  'driving-force': () => ghk().then((m) => m.drivingForceProblem),
  'chord-potential': () => ghk().then((m) => m.chordPotentialProblem),
  'reversal-with-calcium': () => ghk().then((m) => m.reversalWithCalciumProblem),
  'ek-only-error': () => ghk().then((m) => m.ekOnlyErrorProblem),
  'selectivity-ratio': () => ghk().then((m) => m.selectivityRatioProblem),
  'pump-current': () => pump().then((m) => m.pumpCurrentProblem),
  'pump-shift': () => pump().then((m) => m.pumpShiftProblem),
  'mullins-noda': () => pump().then((m) => m.mullinsNodaProblem),
  'atp-per-second': () => pump().then((m) => m.atpPerSecondProblem),
  'rundown-time': () => pump().then((m) => m.rundownTimeProblem),
  'ionic-strength': () => activity().then((m) => m.ionicStrengthProblem),
  'gamma-limiting': () => activity().then((m) => m.gammaLimitingProblem),
  'gamma-extended': () => activity().then((m) => m.gammaExtendedProblem),
  'gamma-davies': () => activity().then((m) => m.gammaDaviesProblem),
  'activity-nernst': () => activity().then((m) => m.activityNernstProblem),
  'activity-shift': () => activity().then((m) => m.activityShiftProblem),
  activity: () => activity().then((m) => m.activityProblem),
  'debye-length': () => debye().then((m) => m.debyeLengthProblem),
  'membrane-field': () => debye().then((m) => m.membraneFieldProblem),
  'membrane-capacitance': () => debye().then((m) => m.membraneCapacitanceProblem),
  'ions-to-charge': () => debye().then((m) => m.ionsToChargeProblem),
  'charge-fraction': () => debye().then((m) => m.chargeFractionProblem),
  'field-ratio': () => debye().then((m) => m.fieldRatioProblem),
};
