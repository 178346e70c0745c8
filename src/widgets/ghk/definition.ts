import { lazy } from 'react';
import { ghkVoltage, nernstPotential, type PermeantIon } from '../../physics';
import { formatQuantity } from '../../units';
import {
  concentrationParam,
  numberOf,
  relativePermeabilityParam,
  TEMPERATURE_PARAM,
  type Param,
  type WidgetState,
} from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';

/**
 * A mammalian neuron at rest, in the reader's units (mM, ratios to P_K, °C): the starting
 * point of the GHK and I–V widgets' presets, which vary one thing from it.
 */
export const NEURON_AT_REST = {
  Kin: 140,
  Kout: 4,
  Nain: 12,
  Naout: 145,
  Clin: 7,
  Clout: 120,
  PNa: 0.05,
  PCl: 0.45,
  T: 37,
};

/** The GHK widgets' ions: K⁺, Na⁺, Cl⁻, with URL keys Kin, Kout, PNa, … */
export const THREE_ION_PARAMS: readonly Param[] = [
  concentrationParam('Kin', '[K⁺] inside', 140),
  concentrationParam('Kout', '[K⁺] outside', 4),
  concentrationParam('Nain', '[Na⁺] inside', 12),
  concentrationParam('Naout', '[Na⁺] outside', 145),
  concentrationParam('Clin', '[Cl⁻] inside', 7),
  concentrationParam('Clout', '[Cl⁻] outside', 120),
  relativePermeabilityParam('PNa', 'P_Na / P_K', 0.05),
  relativePermeabilityParam('PCl', 'P_Cl / P_K', 0.45),
  TEMPERATURE_PARAM,
];

export const GHK_IONS = [
  { key: 'K', label: 'K⁺', z: 1, permeability: null },
  { key: 'Na', label: 'Na⁺', z: 1, permeability: 'PNa' },
  { key: 'Cl', label: 'Cl⁻', z: -1, permeability: 'PCl' },
] as const;

/** The state's three ions, permeabilities relative to P_K = 1 (times `pK` if given). */
export function threeIonsOf(state: WidgetState, pK = 1): PermeantIon[] {
  return GHK_IONS.map((ion) => ({
    z: ion.z,
    inside: numberOf(state, `${ion.key}in`),
    outside: numberOf(state, `${ion.key}out`),
    permeability: pK * (ion.permeability ? numberOf(state, ion.permeability) : 1),
  }));
}

/** V_m and each ion's Nernst potential, in V. */
export function restingOf(state: WidgetState) {
  const temperature = numberOf(state, 'T');
  const ions = threeIonsOf(state);
  const vm = ghkVoltage(ions, temperature);
  const [eK, eNa, eCl] = ions.map((ion) => nernstPotential(ion, temperature)) as [
    number,
    number,
    number,
  ];
  return { vm, eK, eNa, eCl, temperature };
}

const mv = (v: number) => formatQuantity(v, 'mV', { decimals: 1, sign: true });

export function describeGhk(state: WidgetState): string {
  const { vm, eK, eNa, eCl } = restingOf(state);
  return (
    `V_m = ${mv(vm)}, between E_K = ${mv(eK)}, E_Cl = ${mv(eCl)} and E_Na = ${mv(eNa)}; ` +
    `driving forces V_m − E: K⁺ ${mv(vm - eK)}, Na⁺ ${mv(vm - eNa)}, Cl⁻ ${mv(vm - eCl)}. ` +
    `E_K alone misses V_m by ${formatQuantity(Math.abs(eK - vm), 'mV', { decimals: 1 })}.`
  );
}

export const ghkWidget: WidgetDefinition = {
  id: 'ghk',
  title: 'The resting potential: a tug of war between ions',
  chapter: 'ghk',
  summary: 'V_m from K⁺, Na⁺ and Cl⁻ gradients and permeabilities (GHK).',
  params: THREE_ION_PARAMS,
  presets: [
    {
      id: 'neuron',
      label: 'Mammalian neuron',
      values: NEURON_AT_REST,
    },
    {
      id: 'squid',
      label: 'Squid axon (Hodgkin & Katz)',
      values: {
        Kin: 400,
        Kout: 20,
        Nain: 50,
        Naout: 440,
        Clin: 52,
        Clout: 560,
        PNa: 0.04,
        PCl: 0.45,
        T: 6.3,
      },
    },
    {
      id: 'muscle',
      label: 'Skeletal muscle',
      values: {
        Kin: 155,
        Kout: 4,
        Nain: 12,
        Naout: 145,
        Clin: 4,
        Clout: 120,
        PNa: 0.01,
        PCl: 2,
        T: 37,
      },
    },
    {
      id: 'glia',
      label: 'Glia (astrocyte)',
      values: {
        Kin: 130,
        Kout: 4,
        Nain: 15,
        Naout: 145,
        Clin: 30,
        Clout: 120,
        PNa: 0.005,
        PCl: 0.05,
        T: 37,
      },
    },
    {
      id: 'hyperkalaemia',
      label: 'Hyperkalaemia ([K⁺]out 8 mM)',
      values: { ...NEURON_AT_REST, Kout: 8 },
    },
    {
      id: 'ap-peak',
      label: 'Action-potential peak (P_Na ≫ P_K)',
      values: { ...NEURON_AT_REST, PNa: 20 },
    },
  ],
  describe: describeGhk,
  View: lazy(() => import('./GhkView')),
};
