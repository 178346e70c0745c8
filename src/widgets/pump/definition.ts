import { lazy } from 'react';
import {
  chordConductancePotential,
  ELEMENTARY_CHARGE,
  FARADAY,
  ghkCurrentDensity,
  ghkOneWayFluxes,
  ghkVoltage,
  mullinsNodaPotential,
  PUMP_RATIO,
  RESTING_CELL_DEFAULTS,
} from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import {
  numberOf,
  TEMPERATURE_PARAM,
  type NumberParam,
  type Param,
  type WidgetState,
} from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';

/** The absolute P_K the flux view assumes: the book's model cell (src/physics/cell.ts), m/s. */
export const FLUX_PERMEABILITY_K: number = RESTING_CELL_DEFAULTS.permeability.K;

/** mol/(m²·s) → pmol/(cm²·s): 10¹² pmol/mol × 10⁻⁴ m²/cm². */
export const PMOL_PER_CM2_S = 1e8;

function concentration(key: string, label: string, fallback: number): NumberParam {
  return {
    kind: 'number',
    key,
    label,
    unit: 'mM',
    dimension: 'concentration',
    min: 0.1,
    max: 1000,
    default: fallback,
    scale: 'log',
  };
}

export const PUMP_PARAMS: readonly Param[] = [
  concentration('Kin', '[K⁺] inside', 140),
  concentration('Kout', '[K⁺] outside', 5),
  concentration('Nain', '[Na⁺] inside', 10),
  concentration('Naout', '[Na⁺] outside', 145),
  {
    kind: 'number',
    key: 'PNa',
    label: 'P_Na / P_K',
    unit: '',
    dimension: 'dimensionless',
    min: 0.001,
    max: 1,
    default: 0.03,
    scale: 'log',
  },
  {
    kind: 'number',
    key: 'r',
    label: 'Pump ratio r, Na⁺ out per K⁺ in',
    unit: '',
    dimension: 'dimensionless',
    min: 1,
    max: 3,
    default: PUMP_RATIO,
    step: 0.05,
  },
  {
    kind: 'number',
    key: 'Ip',
    label: 'Pump current',
    unit: 'pA',
    dimension: 'current',
    min: 0,
    max: 100,
    default: 10,
    step: 0.5,
  },
  {
    kind: 'number',
    key: 'g',
    label: 'Membrane conductance',
    unit: 'nS',
    dimension: 'conductance',
    min: 0.5,
    max: 100,
    default: 5,
    scale: 'log',
  },
  TEMPERATURE_PARAM,
];

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

/** Every number the pump widget shows, from its state (SI). */
export function pumpOf(state: WidgetState): PumpResult {
  const kIn = numberOf(state, 'Kin');
  const kOut = numberOf(state, 'Kout');
  const naIn = numberOf(state, 'Nain');
  const naOut = numberOf(state, 'Naout');
  const pNa = numberOf(state, 'PNa');
  const r = numberOf(state, 'r');
  const ip = numberOf(state, 'Ip');
  const g = numberOf(state, 'g');
  const temperature = numberOf(state, 'T');

  const ghk = ghkVoltage(
    [
      { z: 1, inside: kIn, outside: kOut, permeability: 1 },
      { z: 1, inside: naIn, outside: naOut, permeability: pNa },
    ],
    temperature,
  );
  const withCurrent = chordConductancePotential([{ conductance: g, reversal: ghk }], ip);
  const mullinsNoda = mullinsNodaPotential(
    {
      K: { inside: kIn, outside: kOut, permeability: 1 },
      Na: { inside: naIn, outside: naOut, permeability: pNa },
      pumpRatio: r,
    },
    temperature,
  );

  // Fluxes need an absolute permeability: the book's cell, P_K = 5 × 10⁻⁹ m/s.
  const pK = FLUX_PERMEABILITY_K;
  const kLeak =
    ghkCurrentDensity(
      { z: 1, inside: kIn, outside: kOut, permeability: pK },
      mullinsNoda,
      temperature,
    ) / FARADAY;
  const sodium = { z: 1, inside: naIn, outside: naOut, permeability: pNa * pK };
  const naLeak = ghkCurrentDensity(sodium, mullinsNoda, temperature) / FARADAY;
  const traffic = ghkOneWayFluxes(sodium, mullinsNoda, temperature);
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

const mv = (v: number, sign = true) => formatQuantity(v, 'mV', { decimals: 1, sign });

/** A flux in pmol/(cm²·s), unsigned, for sentences and labels. */
export function formatFlux(molPerM2S: number): string {
  return formatNumber(Math.abs(molPerM2S) * PMOL_PER_CM2_S, { digits: 3 });
}

/** Pump cycles per second, e.g. "6.24 × 10⁷ /s". */
export function formatRate(perSecond: number): string {
  return `${formatNumber(perSecond, { digits: 3 })} /s`;
}

/** The ratio r as the pump's stoichiometry, e.g. "3 : 2" for 1.5, "1.2 : 1" otherwise. */
export function ratioText(r: number): string {
  if (Math.abs(r - 1.5) < 1e-9) return '3 : 2';
  return `${formatNumber(r, { digits: 3 })} : 1`;
}

/** The flux balance in one or two sentences, from an already computed result. */
export function describeFluxesOf(result: PumpResult): string {
  const { K, Na } = result.fluxes;
  const kDirection = K.leak >= 0 ? 'out' : 'in';
  const naDirection = Na.leak <= 0 ? 'in' : 'out';
  const balance =
    // Zero but for rounding, which scales with the one-way traffic the net leak is left of.
    Math.abs(result.sodiumImbalance) <= 1e-9 * (result.sodiumTraffic + Math.abs(Na.pump))
      ? `each leak balanced by the pump at ${ratioText(result.pumpRatio)} Na⁺ : K⁺`
      : `the pump balances the K⁺ leak; Na⁺ is off by ${formatFlux(result.sodiumImbalance)}`;
  return (
    `At the Mullins–Noda potential, ${mv(result.mullinsNoda)}, with P_K = ${formatQuantity(FLUX_PERMEABILITY_K, 'm/s', { digits: 2 })} (the book's model cell), ` +
    `K⁺ leaks ${kDirection} at ${formatFlux(K.leak)} pmol/(cm²·s) and Na⁺ leaks ${naDirection} at ${formatFlux(Na.leak)} pmol/(cm²·s), ` +
    `${balance}.`
  );
}

export function describePumpOf(state: WidgetState, result: PumpResult): string {
  const ip = formatQuantity(numberOf(state, 'Ip'), 'pA', { digits: 3 });
  const g = formatQuantity(numberOf(state, 'g'), 'nS', { digits: 3 });
  return (
    `Mullins–Noda V = ${mv(result.mullinsNoda)} with pump ratio r = ${formatNumber(result.pumpRatio, { digits: 3 })}; ` +
    `without the pump (GHK) V = ${mv(result.ghk)}, so the pump adds ${mv(result.pumpAdds)}. ` +
    `A pump current of ${ip} across ${g} gives V = ${mv(result.withCurrent)} and uses ${formatNumber(result.atpPerSecond, { digits: 3 })} ATP/s. ` +
    describeFluxesOf(result)
  );
}

export function describePump(state: WidgetState): string {
  return describePumpOf(state, pumpOf(state));
}

const NEURON = {
  Kin: 140,
  Kout: 5,
  Nain: 10,
  Naout: 145,
  PNa: 0.03,
  r: 1.5,
  Ip: 10,
  g: 5,
  T: 37,
} as const;

export const pumpWidget: WidgetDefinition = {
  id: 'pump',
  title: 'What the Na⁺/K⁺ pump adds to the resting potential',
  chapter: 'pump',
  summary:
    'V without the pump, with its current, and the Mullins–Noda potential; leaks and pumping balance ion by ion.',
  params: PUMP_PARAMS,
  presets: [
    { id: 'neuron', label: 'Neuron', values: NEURON },
    { id: 'no-pump-ratio', label: 'Neuron, r = 1', values: { ...NEURON, r: 1 } },
    {
      id: 'squid',
      label: 'Squid axon, 6.3 °C',
      // Ip and g as in the neuron, so that this preset and "strong pump" never both match.
      values: { Kin: 400, Kout: 20, Nain: 50, Naout: 440, PNa: 0.04, r: 1.5, Ip: 10, g: 5, T: 6.3 },
    },
    { id: 'strong-pump', label: 'Strong pump, 40 pA', values: { Ip: 40 } },
  ],
  describe: describePump,
  View: lazy(() => import('./PumpView')),
};
