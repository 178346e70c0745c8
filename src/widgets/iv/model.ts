import {
  ghkCurrentDensity,
  ghkVoltage,
  nernstPotential,
  REFERENCE_NEURON,
  reversalPotential,
  type PermeantIon,
} from '../../physics';
import { sample, type Curve } from '../../plot/sample';
import { numberOf, type WidgetState } from '../params';
import { threeIonsOf } from '../ghk/threeIonParams';

/**
 * The absolute K⁺ permeability the curves use, m/s: the reference neuron's, so its preset
 * draws the neuron's own currents. The others are relative to it.
 */
export const P_K = REFERENCE_NEURON.potassiumPermeability;

/** The four ions, in the order of fourIonsOf. */
export const FOUR_ION_KEYS = ['K', 'Na', 'Cl', 'Ca'] as const;

export type FourIonKey = (typeof FOUR_ION_KEYS)[number];

/** The V_m axis, mV. */
export const VOLTAGE_DOMAIN_MV = [-120, 80] as const;

/** Points on each I–V curve: one every 1.25 mV. */
const CURVE_POINTS = 161;

/** How far either side of V_rev the rectification ratio compares the current, V. */
const RECTIFICATION_STEP = 0.06;

/** µA/cm² per A/m² */
const MICROAMP_PER_CM2 = 100;

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

/** The I–V picture of a state: V in V, curves in µA/cm² against mV. */
export type Currents = {
  ions: PermeantIon[];
  /** where the total current is zero, Ca²⁺ included, V */
  reversal: number;
  /** the GHK voltage of K⁺, Na⁺ and Cl⁻ alone, V */
  withoutCalcium: number;
  /** each ion's current, in the order of FOUR_ION_KEYS */
  perIon: Curve[];
  total: Curve;
  /** the two ends of the chord-conductance line */
  chordLine: Curve;
  /** |I(V_rev + 60 mV)| / |I(V_rev − 60 mV)|: above 1, outward rectification */
  rectification: number;
  /** half the current axis: the largest |I| drawn (at least 10⁻⁶ µA/cm²) */
  extent: number;
};

/**
 * The I–V picture: each ion's GHK current density (µA/cm²) at 161 voltages from −120 to
 * +80 mV, the total, the reversal potential of the mixture (general solver, Ca²⁺ too),
 * and the chord-conductance line: each ion replaced by the ohmic conductance that carries
 * its GHK current at the reversal potential, g_i = I_i(V_rev)/(V_rev − E_i).
 */
export function currentsOf(state: WidgetState): Currents {
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
  const perIon = ions.map((ion) =>
    sample(
      (mv) => ghkCurrentDensity(ion, mv / 1000, temperature) * MICROAMP_PER_CM2,
      VOLTAGE_DOMAIN_MV,
      CURVE_POINTS,
    ),
  );
  const total = perIon[0]!.map(
    ([mv], k) => [mv, perIon.reduce((sum, curve) => sum + curve[k]![1], 0)] as const,
  );
  const chordLine = VOLTAGE_DOMAIN_MV.map(
    (mv) =>
      [
        mv,
        chord.reduce((sum, g, i) => sum + g * (mv / 1000 - nernst[i]!), 0) * MICROAMP_PER_CM2,
      ] as const,
  );
  const at = (v: number) =>
    ions.reduce((sum, ion) => sum + ghkCurrentDensity(ion, v, temperature), 0);
  const rectification = Math.abs(
    at(reversal + RECTIFICATION_STEP) / at(reversal - RECTIFICATION_STEP),
  );
  const extent = Math.max(
    1e-6,
    ...total.map((p) => Math.abs(p[1])),
    ...perIon.flat().map((p) => Math.abs(p[1])),
  );
  return { ions, reversal, withoutCalcium, perIon, total, chordLine, rectification, extent };
}
