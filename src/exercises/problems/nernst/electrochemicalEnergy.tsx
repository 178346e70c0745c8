import { chemicalFreeEnergy, electrochemicalFreeEnergy, FARADAY } from '../../../physics';
import type { Mistake, ProblemKind, SIParams } from '../../ProblemKind';
import { logarithmAndCelsiusSlips, redrawnParam } from '../shared';
import {
  ElectrochemicalEnergySteps,
  type ElectrochemicalEnergyNumbers,
} from './ElectrochemicalEnergySteps';
import { FREE_ENERGY_ANSWER, FREE_ENERGY_TOLERANCE } from './freeEnergyAnswer';
import { cin, cout, ionGradient, T, z } from './ionParams';

/** The two terms of ΔG for moving one mole inward: RT·ln(c_in/c_out) and z·F·V_m, J/mol. */
function energyTerms(p: SIParams): { chemical: number; electrical: number } {
  return { chemical: chemicalFreeEnergy(ionGradient(p), p.T!), electrical: p.z! * FARADAY * p.V! };
}

/** The worked solution's numbers: ΔG = RT·ln(c_in/c_out) + z·F·V_m, term by term. */
export function electrochemicalEnergyWorking(
  p: SIParams,
  energy: number,
): ElectrochemicalEnergyNumbers {
  return { ...energyTerms(p), energy };
}

export const electrochemicalEnergyProblem: ProblemKind = {
  id: 'electrochemical-energy',
  params: {
    z,
    cin,
    cout,
    T,
    V: redrawnParam('membrane potential', 'mV', -90, -50, 'linear'),
  },
  answer: FREE_ENERGY_ANSWER,
  tolerance: FREE_ENERGY_TOLERANCE,
  solve: (p) => electrochemicalFreeEnergy(ionGradient(p), p.V!, p.T!),
  mistakes: (p, g) => {
    const { chemical, electrical } = energyTerms(p);
    // A slip in the chemical term alone leaves the electrical term as it is.
    const withChemical = (m: Mistake): Mistake => ({ ...m, value: m.value + electrical });
    return [
      {
        value: chemical - electrical,
        code: 'sign',
        note: 'Moving charge z inward across V_m costs +zFV_m, not −zFV_m.',
      },
      {
        value: chemical,
        code: 'potential-parts',
        note: 'That is the chemical part alone; add the electrical part zFV_m.',
      },
      {
        value: electrical,
        code: 'potential-parts',
        note: 'That is the electrical part alone; add the chemical part RT·ln(c_in/c_out).',
      },
      {
        value: -g,
        code: 'sign',
        note: 'That is the energy for moving the ion outward.',
      },
      ...logarithmAndCelsiusSlips(chemical, p.T!).map(withChemical),
    ];
  },
  // The exercise's words: the sign of each term and of the total ("both terms are negative":
  // the gradient pushes the ion in and the negative inside pulls it in; downhill inward).
  story: (p) => {
    const { chemical, electrical } = energyTerms(p);
    return {
      chemicalSign: Math.sign(chemical),
      electricalSign: Math.sign(electrical),
      totalSign: Math.sign(chemical + electrical),
    };
  },
  steps: (p, g) => <ElectrochemicalEnergySteps {...electrochemicalEnergyWorking(p, g)} />,
};
