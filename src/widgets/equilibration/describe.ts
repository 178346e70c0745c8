import type { Curve } from '../../plot/sample';
import { formatNumber, formatQuantity } from '../../units';
import { formatMillivolts } from '../formatMillivolts';
import { ionLabelOf } from '../ionLabelOf';
import type { WidgetState } from '../params';
import { equilibrationOf, MEMBRANE, type Equilibration, type EquilibrationCurves } from './model';

// Every word the equilibration widget shows, in one place: the place a translation plugs in.

const timeConstant = (tau: number) => formatQuantity(tau, 'ms', { digits: 2 });
const ionCount = (ions: number) => formatNumber(ions, { digits: 2 });
const percent = (fraction: number) => `${formatNumber(fraction * 100, { digits: 2 })} %`;
const times = (fraction: number) => formatNumber(fraction, { digits: 2 });
const concentration = (mM: number) => formatQuantity(mM, 'mM', { digits: 3 });
/** "10 µm": the cell the widget charges. */
const cellSize = formatQuantity(MEMBRANE.radius, 'µm', { digits: 2 });
/** The y of a curve's last point. */
const last = (curve: Curve) => curve.at(-1)![1];

export const EQUILIBRATION_WORDS = {
  title: 'Charging toward equilibrium',
  summary: 'A membrane permeable to one ion charges to E; net flux stops, one-way traffic goes on.',
  presets: {
    'neuron-k': 'Neuron K⁺',
    'neuron-na': 'Neuron Na⁺',
    'neuron-cl': 'Neuron Cl⁻',
    'squid-k': 'Squid axon K⁺, 6.3 °C',
  },
  readouts: {
    e: { name: 'E', label: 'E (final V_m)' },
    tau: { name: 'Time constant', label: 'time constant' },
    ions: { name: 'Ions crossed', label: `ions crossed (${cellSize} cell)` },
    fraction: { name: 'Fraction of ions inside', label: 'of those inside' },
    flux: { name: 'One-way flux at equilibrium', label: 'one-way flux at E' },
  },
  values: {
    e: ({ e }: Equilibration) => formatMillivolts(e),
    tau: ({ tau }: Equilibration) => timeConstant(tau),
    ions: ({ cell }: Equilibration) => ionCount(cell.ionsMoved),
    /** a share up to all of them; beyond that, how many times all of them */
    fraction: ({ cell }: Equilibration) =>
      cell.fraction <= 1 ? percent(cell.fraction) : `more than all: ×${times(cell.fraction)}`,
    /** the efflux at the end, which the influx then equals */
    flux: ({ efflux }: EquilibrationCurves) =>
      `${formatNumber(last(efflux), { digits: 3 })} µmol/(m²·s)`,
  },
  voltageTitle: 'Membrane potential against time while charging toward E',
  fluxTitle: 'Net and one-way fluxes against time',
  timeAxis: 'time (ms)',
  voltageAxis: 'V_m (mV)',
  fluxAxis: 'flux (µmol m⁻² s⁻¹), out +',
  eRule: (e: number) => `E = ${formatMillivolts(e)}`,
  voltageLine: 'V_m',
  lines: {
    net: 'net flux',
    efflux: 'efflux (out)',
    influx: 'influx (in, drawn below 0)',
  },
  /** the ions charging took, against those inside (a share, or more than all of them) */
  share: (ion: string, fraction: number) =>
    fraction <= 1
      ? `${percent(fraction)} of the ${ion} inside`
      : `${times(fraction)} times all the ${ion} inside`,
  /** where the fixed-concentration picture breaks: what the plot assumes, and what it hides */
  unbuffered: (ion: string, { ion: { inside }, unbuffered }: Equilibration) =>
    `The plot holds [${ion}]in at ${concentration(inside)}, as a perfect buffer would; ` +
    `without one, [${ion}]in would ${unbuffered.inside > inside ? 'rise' : 'fall'} to ` +
    `${concentration(unbuffered.inside)} and V_m stop at ${formatMillivolts(unbuffered.voltage)}.`,
  calciumBuffers:
    'In a cell, proteins bind almost all the Ca²⁺ that enters, so free [Ca²⁺]in stays low.',
} as const;

/** The note under the readouts when fixed concentrations would misstate E; else none. */
export function unbufferedNote(state: WidgetState, result: Equilibration): string | null {
  if (result.concentrationsHold) return null;
  const note = EQUILIBRATION_WORDS.unbuffered(ionLabelOf(state), result);
  return state.ion === 'Ca' ? `${note} ${EQUILIBRATION_WORDS.calciumBuffers}` : note;
}

export function describeEquilibration(state: WidgetState): string {
  return describeEquilibrationOf(state, equilibrationOf(state));
}

/** The description from an already computed result (the view has one). */
export function describeEquilibrationOf(state: WidgetState, result: Equilibration): string {
  const { tau, e, cell } = result;
  const ion = ionLabelOf(state);
  const note = unbufferedNote(state, result);
  return (
    `V_m charges from 0 toward E = ${formatMillivolts(e)} for ${ion}, ` +
    `with a final time constant of ${timeConstant(tau)}; the net flux falls to zero while ` +
    `the one-way fluxes stay large. Charging a ${cellSize} cell takes ${ionCount(cell.ionsMoved)} ions, ` +
    `${EQUILIBRATION_WORDS.share(ion, cell.fraction)}.` +
    (note ? ` ${note}` : '')
  );
}

/** The flux plot's text description. */
export function describeFluxes({ net, efflux }: EquilibrationCurves): string {
  return `Net flux falls from ${formatNumber(net[0]![1], { digits: 3 })} to ${formatNumber(last(net), { digits: 2 })} µmol/(m²·s); the one-way fluxes end equal at ${formatNumber(last(efflux), { digits: 3 })} µmol/(m²·s).`;
}
