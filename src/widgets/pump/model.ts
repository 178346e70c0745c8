import {
  AVOGADRO,
  FARADAY,
  ghkCurrentDensity,
  ghkOneWayFluxes,
  ghkVoltage,
  mullinsNodaPotential,
  REFERENCE_NEURON,
} from '../../physics';
import { linearScale } from '../../plot/scales';
import { numberOf, type WidgetState } from '../params';
import { permeantIonsOf } from '../permeantIonsOf';

/** The absolute P_K the fluxes and currents assume: the reference neuron's, m/s. */
export const FLUX_PERMEABILITY_K: number = REFERENCE_NEURON.potassiumPermeability;

/** The cell the whole-cell current and conductance assume: the reference neuron's radius, m. */
export const CELL_RADIUS: number = REFERENCE_NEURON.radius;
/** Its membrane area, m². */
const CELL_AREA = 4 * Math.PI * CELL_RADIUS * CELL_RADIUS;

/** Na⁺ ions the pump moves out per ATP it splits. */
const SODIUM_PER_ATP = 3;

/**
 * The step of the central difference that gives the leaks' slope conductance, V: 10 µV, so
 * small beside RT/F ≈ 27 mV that the difference is exact to (h/(RT/F))² ≈ 10⁻⁷.
 */
const SLOPE_STEP = 1e-5;

/** mol/(m²·s) → pmol/(cm²·s): 10¹² pmol/mol × 10⁻⁴ m²/cm². */
export const PMOL_PER_CM2_S = 1e8;

/** One ion's passive leak and pumped flux at the Mullins–Noda potential, mol/(m²·s), out +. */
export type FluxPair = { leak: number; pump: number };

export type PumpResult = {
  /** GHK voltage for K⁺ and Na⁺, no pump, V */
  ghk: number;
  /** V_GHK − I_pump/g, the chord estimate with the cell's own pump current and conductance, V */
  withCurrent: number;
  /** Mullins–Noda potential with the pump ratio r, V */
  mullinsNoda: number;
  /** V_MN − V_GHK, V */
  pumpAdds: number;
  /** the whole cell's pump current at the Mullins–Noda potential, A, outward positive */
  pumpCurrent: number;
  /** the whole cell's leak conductance near rest (dI/dV of the K⁺ and Na⁺ leaks at V_MN), S */
  conductance: number;
  /** ATP split per second in the whole cell: the Na⁺ pumped out, three per ATP */
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

/**
 * Every number the pump widget shows, from its state (SI). The cell is the reference
 * neuron's size and P_K; the pump runs at the rate that balances the leaks at the
 * Mullins–Noda potential, so its current is not a free number: it brings back the K⁺ that
 * leaks out and moves r Na⁺ out for each K⁺ in, a net (r − 1) charges out per K⁺.
 */
export function pumpOf(state: WidgetState): PumpResult {
  const [potassium, sodium] = permeantIonsOf(state, PUMP_IONS);
  const r = numberOf(state, 'r');
  const temperature = numberOf(state, 'T');

  const ghk = ghkVoltage([potassium, sodium], temperature);
  const mullinsNoda = mullinsNodaPotential({ K: potassium, Na: sodium, pumpRatio: r }, temperature);

  // Fluxes need an absolute permeability: the reference neuron's P_K.
  const leaks = permeantIonsOf(state, PUMP_IONS, FLUX_PERMEABILITY_K);
  const [potassiumFlux, sodiumFlux] = leaks;
  const kLeak = ghkCurrentDensity(potassiumFlux, mullinsNoda, temperature) / FARADAY;
  const naLeak = ghkCurrentDensity(sodiumFlux, mullinsNoda, temperature) / FARADAY;
  const traffic = ghkOneWayFluxes(sodiumFlux, mullinsNoda, temperature);
  const kPump = -kLeak;
  const naPump = r * kLeak;

  // The net charge the pump moves out, and the leaks' current per volt near rest (their
  // slope conductance): the "pump current through the total conductance" of the chapter.
  const pumpCurrent = FARADAY * (naPump + kPump) * CELL_AREA;
  const leakCurrent = (v: number) =>
    leaks.reduce((sum, ion) => sum + ghkCurrentDensity(ion, v, temperature), 0) * CELL_AREA;
  const conductance =
    (leakCurrent(mullinsNoda + SLOPE_STEP) - leakCurrent(mullinsNoda - SLOPE_STEP)) /
    (2 * SLOPE_STEP);

  return {
    ghk,
    withCurrent: ghk - pumpCurrent / conductance,
    mullinsNoda,
    pumpAdds: mullinsNoda - ghk,
    pumpCurrent,
    conductance,
    atpPerSecond: (naPump * CELL_AREA * AVOGADRO) / SODIUM_PER_ATP,
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
