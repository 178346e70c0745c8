import {
  advanceCell,
  cellVoltage,
  ghkCurrentDensity,
  restingCell,
  reversalPotential,
  type PermeantIon,
} from '../src/physics';
import { median, unitsPerSecond } from './measure';

const T = 310.15;
const FOUR_IONS: PermeantIon[] = [
  { z: 1, inside: 140, outside: 4, permeability: 1e-8 },
  { z: 1, inside: 12, outside: 145, permeability: 5e-10 },
  { z: -1, inside: 7, outside: 120, permeability: 4.5e-9 },
  { z: 2, inside: 1e-4, outside: 2, permeability: 1e-10 },
];

/** Physics throughput, each figure beside a floor measured in the same run. */
export function physicsBenchmark() {
  // Floor: two bare expm1 calls, the irreducible work of a textbook-stable GHK current.
  const expm1Pairs = unitsPerSecond((n) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = -3 + (i % 1000) * 0.006;
      s += Math.expm1(x) + Math.expm1(-x);
    }
    return s;
  });
  const ion = FOUR_IONS[0]!;
  const ghk = unitsPerSecond((n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += ghkCurrentDensity(ion, -0.12 + (i % 1000) * 0.00024, T);
    return s;
  });
  // 100 mixtures with [K⁺]o from 2 to 12 mM, built before timing so only solving is timed.
  const mixtures = Array.from({ length: 100 }, (_, k) => [
    { ...ion, outside: 2 + k * 0.1 },
    ...FOUR_IONS.slice(1),
  ]);
  const reversal = unitsPerSecond((n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += reversalPotential(mixtures[i % 100]!, T);
    return s;
  });
  const curves = unitsPerSecond(
    (n) => {
      let s = 0;
      for (let c = 0; c < n; c++) {
        for (let k = 0; k <= 400; k++) {
          const v = -0.15 + (k * 0.25) / 400;
          for (const i of FOUR_IONS) s += ghkCurrentDensity(i, v, T);
        }
      }
      return s;
    },
    7,
    200,
  );

  const { parameters, state } = restingCell();
  const runDownMs: number[] = [];
  let depolarisation = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    const after = advanceCell(parameters, { ...state, pumpActivity: 0 }, 30 * 60);
    runDownMs.push(performance.now() - t0);
    depolarisation = cellVoltage(parameters, after) - cellVoltage(parameters, state);
  }
  const runDown = median(runDownMs);

  return {
    expm1PairsPerSecond: expm1Pairs,
    ghkCurrentPerSecond: ghk,
    ghkVsTwoExpm1: ghk / expm1Pairs,
    reversalSolvesPerSecond: reversal,
    reversalSolveInGhkEvaluations: ghk / reversal,
    ivCurve401x4PerSecond: curves,
    ivCurve401x4Ms: 1000 / curves,
    runDown30MinMs: runDown,
    runDownMsPerSimulatedSecond: runDown / 1800,
    runDown30MinDepolarisationMv: depolarisation * 1000,
    targets: {
      ghkVsTwoExpm1: '≥ 0.5',
      reversalSolveInGhkEvaluations: '< 50',
      runDownMsPerSimulatedSecond: '≪ 16.7 (one frame)',
    },
  };
}
