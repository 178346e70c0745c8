import type { Curve } from '../../plot/sample';
import { formatNumber, formatQuantity } from '../../units';
import { formatMillivolts as mv } from '../formatMillivolts';
import { IONS } from '../ions';
import type { WidgetState } from '../params';
import { restingOf, type GhkResting, type IonPull } from './model';

// Every word the ghk widget shows, in one place: the place a translation plugs in.

export const GHK_WORDS = {
  title: 'The resting potential: a tug of war between ions',
  summary: 'V_m from K⁺, Na⁺ and Cl⁻ gradients and permeabilities (GHK).',
  presets: {
    neuron: 'Mammalian neuron',
    squid: 'Squid axon (Hodgkin & Katz)',
    muscle: 'Skeletal muscle',
    glia: 'Glia (astrocyte)',
    hyperkalaemia: 'Hyperkalaemia ([K⁺]out 8 mM)',
    'ap-peak': 'Action-potential peak (P_Na ≫ P_K)',
  },
  readouts: {
    vm: { name: 'V_m', label: 'V_m' },
    eK: { name: 'E_K', label: 'E_K' },
    eNa: { name: 'E_Na', label: 'E_Na' },
    eCl: { name: 'E_Cl', label: 'E_Cl' },
    kOnlyError: { name: 'E_K-only error', label: 'E_K − V_m' },
  },
  potential: mv,
  kOnlyError: ({ eK, vm }: GhkResting) => mv(eK - vm),
  tugTitle: "Tug of war: each ion's equilibrium potential and its driving force V_m − E",
  potentialAxis: 'potential (mV)',
  vmRule: (vm: number) => `V_m ${mv(vm)}`,
  drivingForce: ({ key }: IonPull) => `${IONS[key].label} driving force`,
  equilibrium: (key: string, e: number) => `E_${key} ${mv(e)}`,
  flow: ({ key, flowsOut }: IonPull) => `${IONS[key].label} ${flowsOut ? 'flows out' : 'flows in'}`,
  sweepTitle: 'V_m against the permeability ratio P_Na/P_K',
  ratioAxis: 'P_Na / P_K (log scale)',
  vmAxis: 'V_m (mV)',
  sweepLine: 'V_m',
} as const;

/** The tug of war's text description, which follows the state. */
export function describeGhk(state: WidgetState): string {
  const { vm, eK, eNa, eCl } = restingOf(state);
  return (
    `V_m = ${mv(vm)}, between E_K = ${mv(eK)}, E_Cl = ${mv(eCl)} and E_Na = ${mv(eNa)}; ` +
    `driving forces V_m − E: K⁺ ${mv(vm - eK)}, Na⁺ ${mv(vm - eNa)}, Cl⁻ ${mv(vm - eCl)}. ` +
    `E_K alone misses V_m by ${formatQuantity(Math.abs(eK - vm), 'mV', { decimals: 1 })}.`
  );
}

/** The description of V_m against P_Na/P_K, from the sweep (mV) the view draws. */
export function describeSweep(sweep: Curve, { vm, pNa }: GhkResting): string {
  return `With the other values fixed, V_m goes from ${mv(sweep[0]![1] / 1000)} at P_Na/P_K = 10⁻⁴ toward E_Na at large ratios; now P_Na/P_K = ${formatNumber(pNa, { digits: 3 })} gives ${mv(vm)}.`;
}
