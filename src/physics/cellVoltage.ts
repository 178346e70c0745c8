import { FARADAY } from './constants';
import type { PumpLeakCellParameters, PumpLeakCellState } from './cell';

/**
 * V_m of the pump–leak cell from the charge it holds, in V: the charge per volume over the
 * capacitance per volume, F·(Vol/A)·( [K]i + [Na]i − [Cl]i + z_X·[X]i ) / C_m, with
 * Vol/A = r/3 for a sphere.
 */
export function cellVoltage(parameters: PumpLeakCellParameters, state: PumpLeakCellState): number {
  const { inside } = state;
  const netCharge =
    inside.K + inside.Na - inside.Cl + parameters.impermeantValence * state.impermeant;
  return (FARADAY * parameters.radius * netCharge) / (3 * parameters.specificCapacitance);
}
