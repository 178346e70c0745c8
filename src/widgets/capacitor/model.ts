import {
  membraneCapacitance,
  membraneChargeDensity,
  membraneField,
  sphericalCellCharge,
} from '../../physics';
import { decadeDomain } from '../../plot/scales';
import { numberOf, type WidgetState } from '../params';

/** The specific capacitance measured for cell membranes, in F/m² (1 µF/cm²). */
export const MEASURED_CAPACITANCE = 0.01;
/** The ions that charge the membrane are monovalent (K⁺ leaving). */
const VALENCE = 1;
/** A slab within 5 % of the measured capacitance is said to match it. */
const MATCH_TOLERANCE = 0.05;
/**
 * The fewest ions the count axis shows: a fraction of an ion's charge is possible for tiny
 * cells at tiny voltages, and the axis stops at 10⁻³ ions.
 */
const FEWEST_IONS = 1e-3;

/** Everything the widget shows, from the physics core, in SI. */
export function capacitorResults(state: WidgetState) {
  const voltage = numberOf(state, 'V');
  const thickness = numberOf(state, 'd');
  const radius = numberOf(state, 'r');
  const concentration = numberOf(state, 'c');
  const capacitance = membraneCapacitance(numberOf(state, 'er'), thickness);
  const cell = sphericalCellCharge({
    radius,
    specificCapacitance: capacitance,
    voltage,
    z: VALENCE,
    concentration,
  });
  return {
    voltage,
    radius,
    concentration,
    capacitance,
    /** C over the measured 1 µF/cm² */
    ratioToMeasured: capacitance / MEASURED_CAPACITANCE,
    field: membraneField(voltage, thickness),
    chargeDensity: membraneChargeDensity(capacitance, voltage),
    cell,
  };
}

export type CapacitorResults = ReturnType<typeof capacitorResults>;

/** Whether a slab's capacitance, as a multiple of the measured one, matches it (within 5 %). */
export function matchesMeasured(ratioToMeasured: number): boolean {
  return Math.abs(ratioToMeasured - 1) < MATCH_TOLERANCE;
}

/** The bar chart of ions moved against ions in the cell, on a log axis of counts. */
export type IonCountBars = {
  /** whole decades from one ion (or fewer, down to 10⁻³) to just past the larger count */
  domain: readonly [number, number];
  /** whether the bar of ions moved reaches past the axis's start, so is drawn */
  movedShown: boolean;
  /** log₁₀(in cell / moved): how many decades the moved bar stops short; null if it does not */
  decadesShort: number | null;
};

export function ionCountBars(moved: number, inCell: number): IonCountBars {
  // The upper end sits a hair past the larger count, so a bar of exactly 10ⁿ ions ends
  // inside the axis, not on its edge.
  const domain = decadeDomain(
    Math.min(1, Math.max(moved, FEWEST_IONS)),
    Math.max(moved, inCell, 10) * 1.0001,
  );
  return {
    domain,
    movedShown: moved > domain[0],
    decadesShort: moved > 0 && inCell > moved ? Math.log10(inCell / moved) : null,
  };
}
