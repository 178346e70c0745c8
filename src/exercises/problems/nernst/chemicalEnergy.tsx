import { chemicalFreeEnergy, GAS_CONSTANT } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { logarithmAndCelsiusSlips } from '../shared';
import { FREE_ENERGY_ANSWER, FREE_ENERGY_TOLERANCE } from './freeEnergyAnswer';
import { ChemicalEnergySteps, type ChemicalEnergyNumbers } from './ChemicalEnergySteps';
import { cin, concentrationsApart, cout, ionGradient, mammalianLevels, T, z } from './ionParams';

/** The worked solution's numbers: ΔG_chem = R × T × ln(c_in/c_out). */
export function chemicalEnergyWorking(p: SIParams, energy: number): ChemicalEnergyNumbers {
  return { gasConstant: GAS_CONSTANT, T: p.T!, cin: p.cin!, cout: p.cout!, energy };
}

export const chemicalEnergyProblem: ProblemKind = {
  id: 'chemical-energy',
  params: { z, cin, cout, T },
  answer: FREE_ENERGY_ANSWER,
  tolerance: FREE_ENERGY_TOLERANCE,
  solve: (p) => chemicalFreeEnergy(ionGradient(p), p.T!),
  accepts: concentrationsApart,
  mistakes: (p, g) => [
    {
      value: -g,
      code: 'swap',
      note: 'That is the energy for moving the ion the other way, from inside to outside: the ratio here is c_in / c_out.',
    },
    ...logarithmAndCelsiusSlips(g, p.T!),
  ],
  // The exercise's words: moving the ion inward is uphill, towards the side that holds more
  // (ΔG > 0, "against this gradient"), and the numbers are a mammalian cell's ("a neuron").
  story: (p) => ({
    uphill: chemicalFreeEnergy(ionGradient(p), p.T!) > 0,
    mammalian: mammalianLevels(p),
  }),
  steps: (p, g) => <ChemicalEnergySteps {...chemicalEnergyWorking(p, g)} />,
};
