import { chemicalFreeEnergy, electrochemicalFreeEnergy, FARADAY } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin } from '../shared';
import {
  ElectrochemicalEnergySteps,
  type ElectrochemicalEnergyNumbers,
} from './ElectrochemicalEnergySteps';
import { FREE_ENERGY_ANSWER, FREE_ENERGY_TOLERANCE } from './freeEnergyAnswer';
import { cin, cout, ionGradient, T, z } from './ionParams';

/** The worked solution's numbers: ΔG = RT·ln(c_in/c_out) + z·F·V_m, term by term. */
export function electrochemicalEnergyWorking(
  p: SIParams,
  energy: number,
): ElectrochemicalEnergyNumbers {
  return {
    chemical: chemicalFreeEnergy(ionGradient(p), p.T!),
    electrical: p.z! * FARADAY * p.V!,
    energy,
  };
}

export const electrochemicalEnergyProblem: ProblemKind = {
  id: 'electrochemical-energy',
  params: {
    z,
    cin,
    cout,
    T,
    V: {
      label: 'membrane potential',
      unit: 'mV',
      redraw: { min: -90, max: -50, scale: 'linear', digits: 2 },
    },
  },
  answer: FREE_ENERGY_ANSWER,
  tolerance: FREE_ENERGY_TOLERANCE,
  solve: (p) => electrochemicalFreeEnergy(ionGradient(p), p.V!, p.T!),
  mistakes: (p, g) => {
    const { chemical, electrical } = electrochemicalEnergyWorking(p, g);
    return [
      {
        value: chemical - electrical,
        message:
          'The electrical term has the wrong sign: moving charge z inward across V_m costs +zFV_m.',
      },
      {
        value: chemical,
        message: 'That is the chemical part alone; add the electrical part zFV_m.',
      },
      {
        value: electrical,
        message: 'That is the electrical part alone; add the chemical part RT·ln(c_in/c_out).',
      },
      {
        value: -g,
        message:
          'The size is right but the sign is not: this is the energy for moving the ion outward.',
      },
      ...celsiusAsKelvin(chemical, p.T!).map((m) => ({
        value: m.value + electrical,
        message: m.message,
      })),
    ];
  },
  steps: (p, g) => <ElectrochemicalEnergySteps {...electrochemicalEnergyWorking(p, g)} />,
};
