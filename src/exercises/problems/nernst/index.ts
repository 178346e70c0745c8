// The Nernst chapter's problem kinds: one module, and so one chunk, loaded when an exercise
// first names one of them (see ../index.ts).
export { chemicalEnergyProblem } from './chemicalEnergy';
export { decadeSlopeProblem } from './decadeSlope';
export { electrochemicalEnergyProblem } from './electrochemicalEnergy';
export { nernstConcentrationProblem } from './nernstConcentration';
export { nernstPotentialProblem } from './nernstPotential';
