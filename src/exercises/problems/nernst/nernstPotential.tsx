import { nernstPotential } from '../../../physics';
import type { ProblemKind, SIParams } from '../../ProblemKind';
import { celsiusAsKelvin, valenceNotDivided, voltageAnswer } from '../shared';
import {
  cin,
  concentrationsApart,
  cout,
  ionGradient,
  lnConcentrationRatio,
  rtOverZF,
  T,
  z,
} from './ionParams';
import { log10ForLn } from './log10ForLn';
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
      message:
        'The size is right but the sign is not. The ratio is c_out / c_in (V_m is inside minus outside), and the sign of z matters.',
    },
    log10ForLn(e),
    ...valenceNotDivided(e, p.z!, 'the value'),
    ...celsiusAsKelvin(e, p.T!),
  ],
  steps: (p, e) => <NernstPotentialSteps {...nernstPotentialWorking(p, e)} />,
};
