import { formatNumber, formatQuantity } from '../../units';
import { formatMillivolts as mv } from '../formatMillivolts';
import type { WidgetState } from '../params';
import {
  CELL_RADIUS,
  FLUX_PERMEABILITY_K,
  PMOL_PER_CM2_S,
  pumpOf,
  sodiumBalanced,
  type FluxBar,
  type PumpResult,
} from './model';

// Every word the pump widget shows, in one place: the place a translation plugs in.

const ratioNumber = (r: number) => formatNumber(r, { digits: 3 });
const permeabilityK = () => formatQuantity(FLUX_PERMEABILITY_K, 'm/s', { digits: 2 });
const radius = () => formatQuantity(CELL_RADIUS, 'µm', { digits: 2 });

/** A flux in pmol/(cm²·s), unsigned, for sentences and labels. */
export function formatFlux(molPerM2S: number): string {
  return formatNumber(Math.abs(molPerM2S) * PMOL_PER_CM2_S, { digits: 3 });
}

/** Pump cycles per second, e.g. "6.24 × 10⁷ /s". */
export function formatRate(perSecond: number): string {
  return `${formatNumber(perSecond, { digits: 3 })} /s`;
}

/** A whole-cell current, e.g. "5.34 pA" (a pump with r = 1: "0 pA"). */
export function formatCurrent(amperes: number): string {
  return formatQuantity(amperes, 'pA', { digits: 3 });
}

/** A whole-cell conductance, e.g. "0.72 nS". */
export function formatConductance(siemens: number): string {
  return formatQuantity(siemens, 'nS', { digits: 3 });
}

/** The ratio r as the pump's stoichiometry, e.g. "3 : 2" for 1.5, "1.2 : 1" otherwise. */
export function ratioText(r: number): string {
  if (Math.abs(r - 1.5) < 1e-9) return '3 : 2';
  return `${ratioNumber(r)} : 1`;
}

const ION_NAMES = { K: 'K⁺', Na: 'Na⁺' } as const;
const FLUX_NAMES = { leak: 'leak', pump: 'pumped' } as const;

export const PUMP_WORDS = {
  title: 'What the Na⁺/K⁺ pump adds to the resting potential',
  summary:
    'V without the pump, with its current, and the Mullins–Noda potential; leaks and pumping balance ion by ion.',
  presets: {
    neuron: 'Neuron',
    'no-pump-ratio': 'Neuron, r = 1',
    'leaky-sodium': 'Leakier to Na⁺, P_Na/P_K = 0.2',
    squid: 'Squid axon, 6.3 °C',
  },
  params: {
    Kin: '[K⁺] inside',
    Kout: '[K⁺] outside',
    Nain: '[Na⁺] inside',
    Naout: '[Na⁺] outside',
    PNa: 'P_Na / P_K',
    r: 'Pump ratio r, Na⁺ out per K⁺ in',
  },
  /** Each readout's accessible name and visible label. */
  readouts: {
    mullinsNoda: {
      name: 'Mullins–Noda V',
      label: (r: number) => `Mullins–Noda V, r = ${ratioNumber(r)}`,
    },
    ghk: { name: 'V without pump', label: 'V without pump (GHK)' },
    pumpAdds: { name: 'Pump adds', label: 'pump adds, V_MN − V_GHK' },
    pumpCurrent: { name: 'Pump current', label: 'pump current I, whole cell' },
    conductance: { name: 'Leak conductance', label: 'leak conductance g near rest' },
    withCurrent: { name: 'V with pump current', label: 'V with pump current, V_GHK − I/g' },
    atpPerSecond: { name: 'ATP per second', label: 'ATP per second (3 Na⁺ out each)' },
  },
  voltage: mv,
  current: formatCurrent,
  conductance: formatConductance,
  rate: formatRate,
  plotTitle: 'Leak and pumped flux of K⁺ and Na⁺ at the Mullins–Noda potential',
  xAxis: 'flux, pmol/(cm²·s): ← in | out →',
  /** A bar's label, e.g. "K⁺ leak out, 1.23". */
  barLabel: ({ ion, kind, value }: FluxBar) =>
    `${ION_NAMES[ion]} ${FLUX_NAMES[kind]} ${value >= 0 ? 'out' : 'in'}, ${formatFlux(value / PMOL_PER_CM2_S)}`,
  /** The note under the chart, written with subscripts as P_K. */
  plotKey: (pumpRatio: number) =>
    `Bars to the right carry ions out, to the left in; solid bars are the passive leaks, outlined bars what the pump moves (${ratioText(pumpRatio)} Na⁺ : K⁺). ` +
    `Fluxes, currents and conductance are those of the reference neuron, P_K = ${permeabilityK()} and ${radius()} in radius; the voltages depend only on P_Na/P_K. ` +
    'The pump current I is what the pump carries to balance the leaks at r; g is how much the leaks’ current changes per volt near rest.',
} as const;

/** The flux balance in one or two sentences, from an already computed result. */
export function describeFluxesOf(result: PumpResult): string {
  const { K, Na } = result.fluxes;
  const kDirection = K.leak >= 0 ? 'out' : 'in';
  const naDirection = Na.leak <= 0 ? 'in' : 'out';
  const balance = sodiumBalanced(result)
    ? `each leak balanced by the pump at ${ratioText(result.pumpRatio)} Na⁺ : K⁺`
    : `the pump balances the K⁺ leak; Na⁺ is off by ${formatFlux(result.sodiumImbalance)}`;
  return (
    `At the Mullins–Noda potential, ${mv(result.mullinsNoda)}, with P_K = ${permeabilityK()} (the reference neuron), ` +
    `K⁺ leaks ${kDirection} at ${formatFlux(K.leak)} pmol/(cm²·s) and Na⁺ leaks ${naDirection} at ${formatFlux(Na.leak)} pmol/(cm²·s), ` +
    `${balance}.`
  );
}

/** The pump current's part of the description: none for a pump that moves no net charge. */
function describeCurrentOf(result: PumpResult): string {
  const atp = `${formatNumber(result.atpPerSecond, { digits: 3 })} ATP/s`;
  if (result.pumpCurrent === 0) {
    return `At r = 1 the pump moves no net charge: it carries no current and uses ${atp}. `;
  }
  return (
    `The pump current that balances the leaks, ${formatCurrent(result.pumpCurrent)}, across their ` +
    `${formatConductance(result.conductance)} near rest gives V = ${mv(result.withCurrent)}; it uses ${atp}. `
  );
}

/** The chart's text description, from an already computed result. */
export function describePumpOf(result: PumpResult): string {
  return (
    `Mullins–Noda V = ${mv(result.mullinsNoda)} with pump ratio r = ${ratioNumber(result.pumpRatio)}; ` +
    `without the pump (GHK) V = ${mv(result.ghk)}, so the pump adds ${mv(result.pumpAdds)}. ` +
    describeCurrentOf(result) +
    describeFluxesOf(result)
  );
}

/** The chart's text description, which follows the state. */
export function describePump(state: WidgetState): string {
  return describePumpOf(pumpOf(state));
}
