import { lazy } from 'react';
import {
  ghkCurrentDensity,
  ghkVoltage,
  nernstPotential,
  reversalPotential,
  type PermeantIon,
} from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import { NEURON_AT_REST, THREE_ION_PARAMS, threeIonsOf } from '../ghk/definition';
import {
  concentrationParam,
  numberOf,
  relativePermeabilityParam,
  type Param,
  type WidgetState,
} from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';

/** The absolute K⁺ permeability the curves use, m/s; the others are relative to it. */
export const P_K = 1e-8;

export const IV_PARAMS: readonly Param[] = [
  ...THREE_ION_PARAMS.filter((p) => p.key !== 'T'),
  concentrationParam('Cain', '[Ca²⁺] inside', 0.0001),
  concentrationParam('Caout', '[Ca²⁺] outside', 2),
  relativePermeabilityParam('PCa', 'P_Ca / P_K', 0.0001),
  ...THREE_ION_PARAMS.filter((p) => p.key === 'T'),
];

export const IV_IONS = [
  { key: 'K', label: 'K⁺', tone: 'series-1' },
  { key: 'Na', label: 'Na⁺', tone: 'series-2' },
  { key: 'Cl', label: 'Cl⁻', tone: 'series-3' },
  { key: 'Ca', label: 'Ca²⁺', tone: 'series-5' },
] as const;

/** The four ions with absolute permeabilities in m/s. */
export function fourIonsOf(state: WidgetState): PermeantIon[] {
  return [
    ...threeIonsOf(state, P_K),
    {
      z: 2,
      inside: numberOf(state, 'Cain'),
      outside: numberOf(state, 'Caout'),
      permeability: P_K * numberOf(state, 'PCa'),
    },
  ];
}

/** µA/cm² per A/m² */
const MICROAMP_PER_CM2 = 100;

/**
 * The I–V picture: each ion's GHK current density (µA/cm²) at 161 voltages from −120 to
 * +80 mV, the total, the reversal potential of the mixture (general solver, Ca²⁺ too),
 * and the chord-conductance line: each ion replaced by the ohmic conductance that carries
 * its GHK current at the reversal potential, g_i = I_i(V_rev)/(V_rev − E_i).
 */
export function currentsOf(state: WidgetState) {
  const temperature = numberOf(state, 'T');
  const ions = fourIonsOf(state);
  const reversal = reversalPotential(ions, temperature);
  const withoutCalcium = ghkVoltage(ions.slice(0, 3), temperature);
  const nernst = ions.map((ion) => nernstPotential(ion, temperature));
  const chord = ions.map((ion, i) => {
    const e = nernst[i]!;
    const gap = reversal - e;
    return Math.abs(gap) < 1e-9 ? 0 : ghkCurrentDensity(ion, reversal, temperature) / gap;
  });
  const voltages = Array.from({ length: 161 }, (_, k) => -0.12 + (0.2 * k) / 160);
  const perIon = ions.map((ion) =>
    voltages.map(
      (v) => [v * 1000, ghkCurrentDensity(ion, v, temperature) * MICROAMP_PER_CM2] as const,
    ),
  );
  const total = voltages.map(
    (v, k) => [v * 1000, perIon.reduce((sum, curve) => sum + curve[k]![1], 0)] as const,
  );
  const chordLine = [voltages[0]!, voltages.at(-1)!].map(
    (v) =>
      [
        v * 1000,
        chord.reduce((sum, g, i) => sum + g * (v - nernst[i]!), 0) * MICROAMP_PER_CM2,
      ] as const,
  );
  const at = (v: number) =>
    ions.reduce((sum, ion) => sum + ghkCurrentDensity(ion, v, temperature), 0);
  const rectification = Math.abs(at(reversal + 0.06) / at(reversal - 0.06));
  return { ions, reversal, withoutCalcium, perIon, total, chordLine, rectification };
}

export function describeIv(state: WidgetState): string {
  return describeCurrentsOf(currentsOf(state));
}

/** The description from curves already computed (the view has them; they are not cheap). */
export function describeCurrentsOf({
  reversal,
  withoutCalcium,
  rectification,
}: ReturnType<typeof currentsOf>): string {
  const mv = (v: number) => formatQuantity(v, 'mV', { decimals: 1, sign: true });
  return (
    `The total GHK current crosses zero at V_rev = ${mv(reversal)} (${mv(withoutCalcium)} without Ca²⁺). ` +
    `60 mV above V_rev the current is ${formatNumber(rectification, { digits: 3 })} times as large as 60 mV below: ` +
    `${rectification > 1.05 ? 'outward rectification' : rectification < 0.95 ? 'inward rectification' : 'nearly a straight line'}.`
  );
}

export const ivWidget: WidgetDefinition = {
  id: 'iv',
  title: 'Current–voltage curves of the GHK current equation',
  chapter: 'ghk',
  summary: 'Each ion’s GHK current against V, their sum, the reversal potential, Ca²⁺ included.',
  params: IV_PARAMS,
  presets: [
    {
      id: 'neuron',
      label: 'Neuron, no Ca²⁺',
      values: { ...NEURON_AT_REST, PCa: 0.0001 },
    },
    {
      id: 'neuron-ca',
      label: 'Neuron with Ca²⁺',
      values: { ...NEURON_AT_REST, Cain: 0.0001, Caout: 2, PCa: 0.01 },
    },
    {
      id: 'rectification',
      label: 'K⁺ only, 140 in / 4 out',
      values: { Kin: 140, Kout: 4, PNa: 0.0001, PCl: 0.0001, PCa: 0.0001, T: 37 },
    },
    {
      id: 'symmetric',
      label: 'K⁺ only, equal sides',
      values: { Kin: 140, Kout: 140, PNa: 0.0001, PCl: 0.0001, PCa: 0.0001, T: 37 },
    },
  ],
  describe: describeIv,
  View: lazy(() => import('./IvView')),
};
