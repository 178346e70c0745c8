import {
  filterEnergies,
  SELECTIVITY_IONS,
  selectivityRatio,
  type FilterEnergies,
  type SelectivityIon,
} from '../../physics';
import { sample, type Curve } from '../../plot/sample';
import { numberOf, type WidgetState } from '../params';

/** The five alkali ions, lightest first: the order of the picker, the bars and the lines. */
export const SELECTIVITY_ION_KEYS = Object.keys(SELECTIVITY_IONS) as SelectivityIon[];
/** The channel's temperature for the Boltzmann factor: 37 °C, in K. */
const BODY_TEMPERATURE = 310.15;
/** The cavity radii the transfer-energy plot spans, in nm: the slider's range. */
export const CAVITY_DOMAIN_NM = [0.05, 0.2] as const;
/** Points on each transfer-energy line. */
const CURVE_POINTS = 61;
const NM = 1e-9;

/** One ion in the cage: its energies (J/mol) and its permeability relative to K⁺. */
export type SelectivityRow = FilterEnergies & {
  key: SelectivityIon;
  /** P/P_K = exp((ΔG_K − ΔG)/RT) at 37 °C */
  relativeToK: number;
};

/** Each ion's energies in the state's cage, and its permeability relative to K⁺ (the model's). */
export function selectivityOf(state: WidgetState): SelectivityRow[] {
  const cavity = numberOf(state, 'cavity');
  const k = filterEnergies('K', cavity).transferEnergy;
  return SELECTIVITY_ION_KEYS.map((key) => {
    const energies = filterEnergies(key, cavity);
    return {
      key,
      ...energies,
      relativeToK: selectivityRatio(energies.transferEnergy, k, BODY_TEMPERATURE),
    };
  });
}

/** The row of the state's chosen ion (the first ion if the state names none of them). */
export function chosenRow(state: WidgetState, rows: readonly SelectivityRow[]): SelectivityRow {
  return rows.find((row) => row.key === state.ion) ?? rows[0]!;
}

/** Each ion's two bars, in kJ/mol, and the half-height of an axis that holds them all. */
export type SelectivityBars = {
  bars: { key: SelectivityIon; dehydration: number; coordination: number }[];
  extent: number;
};

export function selectivityBars(rows: readonly SelectivityRow[]): SelectivityBars {
  const bars = rows.map((row) => ({
    key: row.key,
    dehydration: row.dehydrationCost / 1000,
    coordination: row.coordinationEnergy / 1000,
  }));
  return {
    bars,
    extent: Math.max(...bars.map((bar) => Math.max(bar.dehydration, -bar.coordination))),
  };
}

/** Each ion's net transfer energy ΔG (kJ/mol) against the cavity radius (nm). */
export function transferCurves(): { key: SelectivityIon; points: Curve }[] {
  return SELECTIVITY_ION_KEYS.map((key) => ({
    key,
    points: sample(
      (radius) => filterEnergies(key, radius * NM).transferEnergy / 1000,
      CAVITY_DOMAIN_NM,
      CURVE_POINTS,
    ),
  }));
}
