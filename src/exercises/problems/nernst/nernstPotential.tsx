import { nernstPotential } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin, logarithmSlips, valenceNotDivided, voltageAnswer } from '../shared';
import {
  cin,
  concentrationsApart,
  cout,
  ionGradient,
  lnConcentrationRatio,
  mammalianLevels,
  rtOverZF,
  T,
  z,
} from './ionParams';
import { NernstPotentialSteps, type NernstPotentialNumbers } from './NernstPotentialSteps';

/** The worked solution's numbers: E = (RT/zF) × ln(c_out/c_in). */
export function nernstPotentialWorking(p: SIParams, potential: number): NernstPotentialNumbers {
  return {
    z: p.z!,
    T: p.T!,
    cin: p.cin!,
    cout: p.cout!,
    rtOverZF: rtOverZF(p),
    lnRatio: lnConcentrationRatio(p),
    potential,
  };
}

/** 6.5 mM outside: severe hyperkalaemia when the ion is K⁺ (plasma K⁺ is normally 3.5–5 mM). */
const SEVERE_HYPERKALAEMIA = 6.5;

export const nernstPotentialProblem: ProblemKind = {
  id: 'nernst-potential',
  params: { z, cin, cout, T },
  answer: voltageAnswer('E'),
  tolerance: { relative: 0.01, absolute: 1e-4 },
  solve: (p) => nernstPotential(ionGradient(p), p.T!),
  accepts: concentrationsApart,
  mistakes: (p, e) => [
    {
      value: -e,
      code: 'sign',
      note: 'The ratio is c_out / c_in (V_m is inside minus outside), and the sign of z matters.',
    },
    ...logarithmSlips(e),
    ...valenceNotDivided(e, p.z!, 'the value'),
    ...celsiusAsKelvin(e, p.T!),
  ],
  // The exercises' words: the sign of E, the side that holds more of the ion, a mammalian
  // cell's levels ("a mammalian neuron") and, for K⁺, a plasma level of severe hyperkalaemia
  // (c_out ≥ 6.5 mM).
  story: (p) => ({
    sign: Math.sign(nernstPotential(ionGradient(p), p.T!)),
    crowdedInside: p.cin! > p.cout!,
    mammalian: mammalianLevels(p),
    outsideAtLeast6_5mM: p.cout! >= SEVERE_HYPERKALAEMIA,
  }),
  steps: (p, e) => <NernstPotentialSteps {...nernstPotentialWorking(p, e)} />,
};
