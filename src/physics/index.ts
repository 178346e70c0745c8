// The public surface of the physics core (see shared/physics-contract.md). Widgets,
// exercises, plots and tests import from here only.
export {
  AVOGADRO,
  BOLTZMANN,
  ELEMENTARY_CHARGE,
  FARADAY,
  GAS_CONSTANT,
  VACUUM_PERMITTIVITY,
} from './constants';
export { PhysicsRangeError } from './PhysicsRangeError';
export type { IonGradient, PermeantIon } from './ion';
export { thermalVoltage } from './thermal';
export { nernstPotential, activityNernstPotential } from './nernst';
export { ghkVoltage, ghkCurrentDensity, ghkOneWayFluxes } from './ghk';
export {
  equilibrationCurve,
  chargingTimeConstant,
  type EquilibrationSample,
} from './equilibration';
export { reversalPotential } from './reversal';
export {
  ionicStrength,
  activityCoefficient,
  debyeHuckelConstants,
  DEBYE_HUCKEL_A,
  DEBYE_HUCKEL_B,
  DEFAULT_ION_SIZE,
  type ActivityModel,
} from './activity';
export { debyeLength } from './debye';
export { screenedPotential, screeningDistance } from './screening';
export {
  membraneCapacitance,
  membraneField,
  membraneChargeDensity,
  sphericalCellCharge,
  type SphericalCellCharge,
} from './capacitor';
export { chemicalFreeEnergy, electrochemicalFreeEnergy } from './energy';
export { chordConductancePotential } from './chord';
export {
  filterEnergies,
  selectivityRatio,
  SELECTIVITY_IONS,
  CAGE_FLEXIBILITY,
  type SelectivityIon,
  type FilterEnergies,
} from './selectivity';
export { mullinsNodaPotential, pumpCurrent, PUMP_RATIO } from './pump';
export {
  restingCell,
  advanceCell,
  cellReadout,
  sodiumRiseTime,
  RESTING_CELL_DEFAULTS,
  CELL_SUBSTEP,
  type PumpLeakCellParameters,
  type PumpLeakCellState,
  type RestingCellOptions,
  type CellReadout,
} from './cell';
export { cellVoltage } from './cellVoltage';
export { REFERENCE_NEURON } from './referenceNeuron';
export type { IonTriple, CellIonName } from './cellIons';
