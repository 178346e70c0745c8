import { ghkVoltage, nernstPotential, type PermeantIon } from '../../physics';
import { sample, type Curve } from '../../plot/sample';
import { IONS } from '../ions';
import { numberOf, type WidgetState } from '../params';
import { THREE_IONS, threeIonsOf, type ThreeIonKey } from './threeIonParams';

/** Points on the curve of V_m against P_Na/P_K: enough that a 1920 px plot shows no corners. */
const SWEEP_POINTS = 121;

/** The P_Na/P_K axis: the permeability slider's range. */
export const PERMEABILITY_RATIO_DOMAIN = [1e-4, 100] as const;

/** What the ghk widget shows for a state, in SI (V, K). */
export type GhkResting = {
  /** the GHK resting potential, V */
  vm: number;
  /** each ion's Nernst potential, V */
  eK: number;
  eNa: number;
  eCl: number;
  temperature: number;
  /** P_Na / P_K */
  pNa: number;
};

/** V_m and each ion's Nernst potential, in V. */
export function restingOf(state: WidgetState): GhkResting {
  const temperature = numberOf(state, 'T');
  const ions = threeIonsOf(state);
  const vm = ghkVoltage(ions, temperature);
  const [eK, eNa, eCl] = ions.map((ion) => nernstPotential(ion, temperature)) as [
    number,
    number,
    number,
  ];
  return { vm, eK, eNa, eCl, temperature, pNa: numberOf(state, 'PNa') };
}

/** One ion in the tug of war: where it pulls V_m, and which way it flows at V_m. */
export type IonPull = {
  key: ThreeIonKey;
  /** its Nernst potential, V, and the same in mV for the plot */
  e: number;
  eMv: number;
  /** V_m > E drives an outward current: a cation leaving or an anion entering */
  flowsOut: boolean;
};

/** The three ions' pulls, in the order K⁺, Na⁺, Cl⁻. */
export function tugOfWar({ vm, eK, eNa, eCl }: GhkResting): IonPull[] {
  const equilibrium = { K: eK, Na: eNa, Cl: eCl };
  const vmMv = vm * 1000;
  return THREE_IONS.map(({ key }) => {
    const e = equilibrium[key];
    const eMv = e * 1000;
    return { key, e, eMv, flowsOut: IONS[key].z > 0 === vmMv - eMv > 0 };
  });
}

/** The potential axis, mV: −100 to +60 mV, widened to hold V_m and every E, 10 mV to spare. */
export function potentialDomain({ vm, eK, eNa, eCl }: GhkResting): readonly [number, number] {
  const span = [vm, eK, eNa, eCl].map((v) => v * 1000);
  return [Math.min(-100, ...span) - 10, Math.max(60, ...span) + 10];
}

/** V_m (mV) against P_Na/P_K across its slider's range, everything else as in the state. */
export function permeabilitySweep(state: WidgetState): Curve {
  const [k, na, cl] = threeIonsOf(state) as [PermeantIon, PermeantIon, PermeantIon];
  const temperature = numberOf(state, 'T');
  return sample(
    (ratio) => ghkVoltage([k, { ...na, permeability: ratio }, cl], temperature) * 1000,
    PERMEABILITY_RATIO_DOMAIN,
    SWEEP_POINTS,
    'log',
  );
}
