import { nernstPotential } from '../../../physics';
import type { ProblemKind, ProblemParam, SIParams } from '../../ProblemKind';
import { concentration, temperature, VOLTAGE_TOLERANCE, voltageAnswer } from '../shared';
import { DrivingForceSteps } from './DrivingForceSteps';
import { voltageParam } from './params';
import type { PotentialDifferenceNumbers } from './PotentialDifferenceSteps';

const valence: ProblemParam = { label: 'valence z', unit: '', integer: true };

/** The ion's equilibrium potential E, in V, from the parameters z, cin, cout and T. */
function equilibriumPotential(p: SIParams): number {
  return nernstPotential({ z: p.z!, inside: p.cin!, outside: p.cout! }, p.T!);
}

/** The worked solution's numbers: V_m − E. */
export function drivingForceWorking(p: SIParams, drivingForce: number): PotentialDifferenceNumbers {
  return { minuend: p.V!, subtrahend: equilibriumPotential(p), difference: drivingForce };
}

export const drivingForceProblem: ProblemKind = {
  id: 'driving-force',
  params: {
    z: valence,
    cin: concentration('inside concentration', 2, 400),
    cout: concentration('outside concentration', 2, 400),
    T: temperature,
    V: voltageParam('membrane potential', -90, -50),
  },
  answer: voltageAnswer('V_m − E'),
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) => p.V! - equilibriumPotential(p),
  mistakes: (p, d) => {
    const e = equilibriumPotential(p);
    return [
      {
        value: -d,
        message: 'That is E − V_m; the driving force is V_m − E (positive drives a cation out).',
      },
      { value: e, message: 'That is E itself; subtract it from V_m.' },
      { value: p.V! + e, message: 'Subtract E from V_m rather than adding it.' },
    ];
  },
  steps: (p, d) => <DrivingForceSteps {...drivingForceWorking(p, d)} />,
};
