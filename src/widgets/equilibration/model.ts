import {
  chargingTimeConstant,
  equilibrationCurve,
  ghkOneWayFluxes,
  REFERENCE_NEURON,
  sphericalCellCharge,
  type EquilibrationSample,
  type PermeantIon,
  type SphericalCellCharge,
} from '../../physics';
import type { Curve } from '../../plot/sample';
import { gradientOf, nernstOf } from '../ionParams';
import { numberOf, type WidgetState } from '../params';
import { unbufferedEndpoint, type UnbufferedEndpoint } from './unbufferedEndpoint';

/**
 * The membrane and cell the widget charges: the reference neuron's (1 µF/cm², a 10 µm-radius
 * sphere), passing the chosen ion with the neuron's P_K.
 */
export const MEMBRANE = {
  specificCapacitance: REFERENCE_NEURON.specificCapacitance,
  radius: REFERENCE_NEURON.radius,
  permeability: REFERENCE_NEURON.potassiumPermeability,
} as const;

/**
 * E's readout shows tenths of a millivolt: an unbuffered endpoint within half of that of E
 * reads as E, and the fixed concentrations the plot assumes are then as good as true.
 */
const READOUT_HALF_STEP = 0.05e-3;

/** The run lasts eight final time constants: V ends within e⁻⁸ of the way to E. */
const DURATION_IN_TIME_CONSTANTS = 8;
/** Samples of V(t) drawn, and implicit Euler steps taken, over the run. */
const SAMPLES = 120;
const STEPS = 480;

/** Fluxes are shown in µmol/(m²·s) = 1e-6 mol/(m²·s). */
const MICROMOL_PER_MOL = 1e6;

/** What the equilibration widget computes for a state, in SI (V, s, mol/m³, K). */
export type Equilibration = {
  ion: PermeantIon;
  temperature: number;
  /** the time constant of the final approach to E, C_m / g(E), s */
  tau: number;
  /** V(t) from 0 toward E, with the net flux */
  curve: EquilibrationSample[];
  /** the Nernst potential, where V ends, V */
  e: number;
  /** what charging a 10 µm cell to E takes: the ions moved, and their fraction of those inside */
  cell: SphericalCellCharge;
  /** where V would stop if the inside concentration followed the ions that cross */
  unbuffered: UnbufferedEndpoint;
  /**
   * Whether holding the concentrations fixed is honest: the unbuffered endpoint reads as E.
   * Not so for Ca²⁺ at 100 nM inside, where charging to E takes twenty times the Ca²⁺ there:
   * only a buffer that binds what enters keeps [Ca²⁺]in, and so E, where they are.
   */
  concentrationsHold: boolean;
};

/** V(t) from 0 toward E, the time constant, and how many ions that took. */
export function equilibrationOf(state: WidgetState): Equilibration {
  const ion = { ...gradientOf(state), permeability: MEMBRANE.permeability };
  const temperature = numberOf(state, 'T');
  const tau = chargingTimeConstant(ion, temperature, MEMBRANE.specificCapacitance);
  const curve = equilibrationCurve(
    ion,
    temperature,
    MEMBRANE.specificCapacitance,
    DURATION_IN_TIME_CONSTANTS * tau,
    SAMPLES,
    STEPS,
  );
  const e = nernstOf(state);
  const cell = sphericalCellCharge({
    radius: MEMBRANE.radius,
    specificCapacitance: MEMBRANE.specificCapacitance,
    voltage: e,
    z: ion.z,
    concentration: ion.inside,
  });
  const unbuffered = unbufferedEndpoint(ion, temperature, cell.fraction);
  const concentrationsHold = Math.abs(unbuffered.voltage - e) < READOUT_HALF_STEP;
  return { ion, temperature, tau, curve, e, cell, unbuffered, concentrationsHold };
}

/** The two plots against time (ms): V_m (mV) and the fluxes (µmol/(m²·s), outward +). */
export type EquilibrationCurves = {
  voltage: Curve;
  /** the V_m axis, mV: E and 0 with 15 % room beyond E and a tenth of that on the other side */
  voltageDomain: readonly [number, number];
  net: Curve;
  efflux: Curve;
  /** the influx drawn below 0 */
  influx: Curve;
  /** the last time, ms */
  end: number;
  /** half the flux axis: the largest flux drawn */
  fluxExtent: number;
};

export function equilibrationCurves({
  ion,
  temperature,
  curve,
  e,
}: Equilibration): EquilibrationCurves {
  const ms = (t: number) => t * 1000;
  // The one-way fluxes at each sample's V; their difference is the sample's net flux.
  const fluxes = curve.map((s) => ({
    t: ms(s.time),
    ...ghkOneWayFluxes(ion, s.voltage, temperature),
    net: s.netFlux,
  }));
  const eMv = e * 1000;
  const vExtent = Math.max(Math.abs(eMv), 1) * 1.15;
  return {
    voltage: curve.map((s) => [ms(s.time), s.voltage * 1000] as const),
    voltageDomain: [
      Math.min(0, eMv > 0 ? -0.1 * vExtent : -vExtent),
      Math.max(0, eMv > 0 ? vExtent : 0.1 * vExtent),
    ],
    net: fluxes.map((f) => [f.t, f.net * MICROMOL_PER_MOL] as const),
    efflux: fluxes.map((f) => [f.t, f.efflux * MICROMOL_PER_MOL] as const),
    influx: fluxes.map((f) => [f.t, -f.influx * MICROMOL_PER_MOL] as const),
    end: ms(curve.at(-1)!.time),
    fluxExtent:
      Math.max(...fluxes.map((f) => Math.max(f.efflux, f.influx, Math.abs(f.net)))) *
      MICROMOL_PER_MOL,
  };
}
