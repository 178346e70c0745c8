import { chordConductancePotential } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { VOLTAGE_TOLERANCE, voltageAnswer } from '../shared';
import { ChordPotentialSteps, type ChordPotentialNumbers } from './ChordPotentialSteps';
import { voltageParam } from './params';

/** The worked solution's numbers: the parameters in nS, mV and pA, and V. */
export function chordPotentialWorking(p: SIParams, potential: number): ChordPotentialNumbers {
  return {
    conductancesInNS: { K: p.gK! * 1e9, Na: p.gNa! * 1e9, Cl: p.gCl! * 1e9 },
    reversalsInMV: { K: p.EK! * 1e3, Na: p.ENa! * 1e3, Cl: p.ECl! * 1e3 },
    pumpCurrentInPA: p.Ip! * 1e12,
    potential,
  };
}

export const chordPotentialProblem: ProblemKind = {
  id: 'chord-potential',
  params: {
    gK: { label: 'g_K', unit: 'nS', redraw: { min: 5, max: 20, scale: 'linear', digits: 2 } },
    gNa: { label: 'g_Na', unit: 'nS', redraw: { min: 0.2, max: 1, scale: 'linear', digits: 2 } },
    gCl: { label: 'g_Cl', unit: 'nS', redraw: { min: 0.5, max: 4, scale: 'linear', digits: 2 } },
    EK: voltageParam('E_K', -100, -85),
    ENa: voltageParam('E_Na', 55, 70),
    ECl: voltageParam('E_Cl', -80, -60),
    Ip: {
      label: 'pump current',
      unit: 'pA',
      redraw: { min: 0, max: 20, scale: 'linear', digits: 2 },
    },
  },
  answer: voltageAnswer('V_m'),
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) =>
    chordConductancePotential(
      [
        { conductance: p.gK!, reversal: p.EK! },
        { conductance: p.gNa!, reversal: p.ENa! },
        { conductance: p.gCl!, reversal: p.ECl! },
      ],
      p.Ip!,
    ),
  mistakes: (p, v) => {
    const total = p.gK! + p.gNa! + p.gCl!;
    return p.Ip! === 0
      ? [
          {
            value: (p.EK! + p.ENa! + p.ECl!) / 3,
            message: 'That is the plain average: weight each E by its conductance.',
          },
        ]
      : [
          {
            value: v + (2 * p.Ip!) / total,
            message: 'The pump current is outward, so it subtracts: V = (Σg·E − I_p)/Σg.',
          },
          { value: v + p.Ip! / total, message: 'You left out the pump current.' },
        ];
  },
  steps: (p, v) => <ChordPotentialSteps {...chordPotentialWorking(p, v)} />,
};
