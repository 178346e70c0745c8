import { nernstPotential } from '../../../physics';
import type { Mistake, ProblemKind, ProblemParam, SIParams } from '../../ProblemKind';
import {
  celsiusAsKelvin,
  concentration,
  distinguishable,
  logarithmSlips,
  temperature,
  VOLTAGE_TOLERANCE,
  voltageAnswer,
} from '../shared';
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
    // A neuron's ions: none above the ~150 mM of plasma Na⁺ or cytoplasmic K⁺.
    cin: concentration('inside concentration', 2, 160),
    cout: concentration('outside concentration', 2, 160),
    T: temperature,
    V: voltageParam('membrane potential', -90, -50),
  },
  answer: voltageAnswer('V_m − E'),
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) => p.V! - equilibriumPotential(p),
  mistakes: (p, d) => {
    const e = equilibriumPotential(p);
    // A slip in E alone, subtracted from V_m as it should be.
    const withE = (m: Mistake): Mistake => ({ ...m, value: p.V! - m.value });
    return distinguishable(
      [
        {
          value: -d,
          code: 'sign',
          note: 'That is E − V_m; the driving force is V_m − E (positive drives a cation out).',
        },
        { value: e, code: 'step-short', note: 'That is E itself; subtract it from V_m.' },
        { value: p.V! + e, code: 'sign', note: 'Subtract E from V_m rather than adding it.' },
        ...logarithmSlips(e).map(withE),
        ...(Math.abs(p.z!) === 1
          ? []
          : [
              withE({
                value: e * p.z!,
                code: 'valence',
                note: `E is (RT/zF)·ln(c_out/c_in), with z = ${p.z!}.`,
              }),
            ]),
        ...celsiusAsKelvin(e, p.T!).map(withE),
      ],
      d,
      VOLTAGE_TOLERANCE,
    );
  },
  // The exercises' words: the signs of E, V_m and V_m − E; the current's direction (outward
  // when V_m − E > 0, for any ion) and the way the ion itself moves (out when z·(V_m − E) > 0);
  // and the side that holds more of it ("sodium is crowded outside").
  story: (p) => {
    const e = equilibriumPotential(p);
    const d = p.V! - e;
    return {
      equilibriumSign: Math.sign(e),
      membraneSign: Math.sign(p.V!),
      drivingSign: Math.sign(d),
      current: d > 0 ? 'outward' : 'inward',
      ionMoves: p.z! * d > 0 ? 'out' : 'in',
      crowdedInside: p.cin! > p.cout!,
    };
  },
  steps: (p, d) => <DrivingForceSteps {...drivingForceWorking(p, d)} />,
};
