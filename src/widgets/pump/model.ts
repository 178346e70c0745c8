import {
  chordConductancePotential,
  ELEMENTARY_CHARGE,
  FARADAY,
  ghkCurrentDensity,
  ghkOneWayFluxes,
  ghkVoltage,
  mullinsNodaPotential,
  RESTING_CELL_DEFAULTS,
} from '../../physics';
import { linearScale } from '../../plot';
import { numberOf, type WidgetState } from '../params';
import { permeantIonsOf } from '../permeantIonsOf';

/** The absolute P_K the flux view assumes: the book's model cell (src/physics), m/s. */
export const FLUX_PERMEABILITY_K: number = RESTING_CELL_DEFAULTS.permeability.K;

/** mol/(m²·s) → pmol/(cm²·s): 10¹² pmol/mol × 10⁻⁴ m²/cm². */
export const PMOL_PER_CM2_S = 1e8;

/** One ion's passive leak and pumped flux at the Mullins–Noda potential, mol/(m²·s), out +. */
export type FluxPair = { leak: number; pump: number };

export type PumpResult = {
  /** GHK voltage for K⁺ and Na⁺, no pump, V */
  ghk: number;
  /** V_GHK − I_pump/g, V */
  withCurrent: number;
  /** Mullins–Noda potential with the pump ratio r, V */
  mullinsNoda: number;
  /** V_MN − V_GHK, V */
  pumpAdds: number;
  /** pump cycles (ATP hydrolysed) per second: one net charge per cycle */
  atpPerSecond: number;
  pumpRatio: number;
  fluxes: { K: FluxPair; Na: FluxPair };
  /** Na⁺ leak + pumped Na⁺ at V_MN, mol/(m²·s): zero when the pump runs at the ratio r */
  sodiumImbalance: number;
  /** Na⁺ one-way traffic (efflux + influx) at V_MN, mol/(m²·s): the scale of rounding */
  sodiumTraffic: number;
};

/** The pump widget's ions: K⁺, and Na⁺ with its permeability relative to P_K. */
const PUMP_IONS = [
  { key: 'K', permeability: null },
  { key: 'Na', permeability: 'PNa' },
] as const;

/** Every number the pump widget shows, from its state (SI). */
export function pumpOf(state: WidgetState): PumpResult {
  const [potassium, sodium] = permeantIonsOf(state, PUMP_IONS);
  const r = numberOf(state, 'r');
  const ip = numberOf(state, 'Ip');
  const g = numberOf(state, 'g');
  const temperature = numberOf(state, 'T');

  const ghk = ghkVoltage([potassium, sodium], temperature);
  const withCurrent = chordConductancePotential([{ conductance: g, reversal: ghk }], ip);
  const mullinsNoda = mullinsNodaPotential({ K: potassium, Na: sodium, pumpRatio: r }, temperature);

  // Fluxes need an absolute permeability: the book's cell, P_K = 5 × 10⁻⁹ m/s.
  const [potassiumFlux, sodiumFlux] = permeantIonsOf(state, PUMP_IONS, FLUX_PERMEABILITY_K);
  const kLeak = ghkCurrentDensity(potassiumFlux, mullinsNoda, temperature) / FARADAY;
  const naLeak = ghkCurrentDensity(sodiumFlux, mullinsNoda, temperature) / FARADAY;
  const traffic = ghkOneWayFluxes(sodiumFlux, mullinsNoda, temperature);
  // The pump brings in the K⁺ that leaks out, and moves r Na⁺ out for each K⁺ in.
  const kPump = -kLeak;
  const naPump = r * kLeak;

  return {
    ghk,
    withCurrent,
    mullinsNoda,
    pumpAdds: mullinsNoda - ghk,
    atpPerSecond: ip / ELEMENTARY_CHARGE,
    pumpRatio: r,
    fluxes: { K: { leak: kLeak, pump: kPump }, Na: { leak: naLeak, pump: naPump } },
    sodiumImbalance: naLeak + naPump,
    sodiumTraffic: traffic.efflux + traffic.influx,
  };
}

/**
 * Whether the pump balances the Na⁺ leak: the imbalance is zero but for rounding, which
 * scales with the one-way traffic the net leak is left of (and with the pumped flux).
 */
export function sodiumBalanced(result: PumpResult): boolean {
  return (
    Math.abs(result.sodiumImbalance) <=
    1e-9 * (result.sodiumTraffic + Math.abs(result.fluxes.Na.pump))
  );
}

/** One bar of the flux chart: an ion's leak or pumped flux, pmol/(cm²·s), out positive. */
export type FluxBar = { ion: 'K' | 'Na'; kind: keyof FluxPair; value: number };

/** The flux chart: its bars, K⁺ before Na⁺ and each leak before its pump, and its x axis. */
export type FluxChart = {
  bars: readonly FluxBar[];
  /** half the flux axis, pmol/(cm²·s): 15 % past the longest bar */
  extent: number;
  /** the low end of the axis as the plot rounds it, where the bars' labels start */
  left: number;
};

const BARS = [
  ['K', 'leak'],
  ['K', 'pump'],
  ['Na', 'leak'],
  ['Na', 'pump'],
] as const;

export function fluxChart(result: PumpResult): FluxChart {
  const bars = BARS.map(([ion, kind]) => ({
    ion,
    kind,
    value: result.fluxes[ion][kind] * PMOL_PER_CM2_S,
  }));
  // A floor keeps the axis open when every flux is zero.
  const extent = Math.max(1e-6, ...bars.map((bar) => Math.abs(bar.value))) * 1.15;
  const left = linearScale([-extent, extent], [0, 1]).domain()[0] ?? -extent;
  return { bars, extent, left };
}
