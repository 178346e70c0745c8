import { chordConductancePotential } from '../../../physics';
import type { Mistake, ProblemKind, SIParams } from '../../ProblemKind';
import { distinguishable, VOLTAGE_TOLERANCE, voltageAnswer } from '../shared';
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

type Ion = 'K' | 'Na' | 'Cl';
const IONS: readonly Ion[] = ['K', 'Na', 'Cl'];
const ION_NAMES: Readonly<Record<Ion, string>> = { K: 'K⁺', Na: 'Na⁺', Cl: 'Cl⁻' };

/** The three leak branches, each a conductance and a reversal potential (SI). */
function branches(p: SIParams): Record<Ion, { conductance: number; reversal: number }> {
  return {
    K: { conductance: p.gK!, reversal: p.EK! },
    Na: { conductance: p.gNa!, reversal: p.ENa! },
    Cl: { conductance: p.gCl!, reversal: p.ECl! },
  };
}

/** V = (Σg·E − I_p)/Σg over the branches given. */
function chordVoltage(p: SIParams, ions: readonly Ion[] = IONS): number {
  const all = branches(p);
  return chordConductancePotential(
    ions.map((ion) => all[ion]),
    p.Ip!,
  );
}

/** The ion whose leak conductance is the largest. */
function largestConductance(p: SIParams): Ion {
  const all = branches(p);
  return IONS.reduce((a, b) => (all[b].conductance > all[a].conductance ? b : a));
}

/**
 * The wrong pictures of the weighted average: the plain average of the E, one ion's E alone,
 * and an ion left out of both sums.
 */
function averagingSlips(p: SIParams): Mistake[] {
  const all = branches(p);
  return [
    {
      value: (p.EK! + p.ENa! + p.ECl!) / 3,
      code: 'unweighted',
      note: 'That is the plain average: weight each E by its conductance.',
    },
    ...IONS.map((ion) => ({
      value: all[ion].reversal,
      code: 'one-ion' as const,
      note: `Here it is E_${ion}; every leak pulls V_m towards its own E.`,
    })),
    ...IONS.map((left) => ({
      value: chordVoltage(
        p,
        IONS.filter((ion) => ion !== left),
      ),
      code: 'ion-left-out' as const,
      note: `Here it is ${ION_NAMES[left]}: its g·E and its g belong in the sums.`,
    })),
  ];
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
  solve: (p) => chordVoltage(p),
  mistakes: (p, v) => {
    const total = p.gK! + p.gNa! + p.gCl!;
    const pumpSlips: Mistake[] =
      p.Ip! === 0
        ? []
        : [
            {
              value: v + (2 * p.Ip!) / total,
              code: 'sign',
              note: 'The pump current is outward, so it subtracts: V = (Σg·E − I_p)/Σg.',
            },
            { value: v + p.Ip! / total, code: 'formula', note: 'You left out the pump current.' },
          ];
    return [...pumpSlips, ...distinguishable(averagingSlips(p), v, VOLTAGE_TOLERANCE)];
  },
  // The exercises' words: the ion with the largest conductance, which pulls V_m most towards
  // its own E; V_m's sign; and whether a pump current flows (outward, hyperpolarising).
  story: (p) => ({
    largestConductance: largestConductance(p),
    sign: Math.sign(chordVoltage(p)),
    pumping: p.Ip! > 0,
  }),
  steps: (p, v) => <ChordPotentialSteps {...chordPotentialWorking(p, v)} />,
};
