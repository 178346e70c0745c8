import { formatNumber, formatQuantity } from '../../units';
import { formatWhole } from '../formatWhole';
import type { WidgetState } from '../params';
import { capacitorResults, matchesMeasured } from './model';

// Every word the capacitor widget shows, in one place: the place a translation plugs in.

/** A count of ions: "13 800", "5.49 × 10⁶". */
export const formatCount = (n: number) =>
  n < 1e5 ? formatWhole(n) : formatNumber(n, { digits: 3 });

/** "1 in 64 300" for a fraction; "none" when nothing moves. */
export function oneIn(fraction: number): string {
  if (!(fraction > 0)) return 'none';
  if (fraction >= 1) return `${formatNumber(fraction, { digits: 3 })} times all of them`;
  const inverse = Number((1 / fraction).toPrecision(3));
  if (Number.isFinite(inverse)) return `1 in ${formatWhole(inverse)}`;
  return 'practically none';
}

const capacitanceText = (capacitance: number) =>
  formatQuantity(capacitance, 'µF/cm²', { digits: 3 });
const fieldText = (field: number) => formatQuantity(field, 'V/m', { digits: 3 });

export const CAPACITOR_WORDS = {
  title: 'The membrane as a capacitor: how few ions it takes',
  summary: 'C = ε₀ε_r/d, the field in the membrane, and ions moved against ions in the cell.',
  presets: {
    neuron: 'Neuron: 5 nm lipid, ε_r 2',
    measured: 'Measured (≈ 1 µF/cm²)',
    'small-cell': 'Small cell (0.5 µm)',
    myelin: 'Myelin (100 nm)',
  },
  params: {
    d: 'Insulating core thickness d',
    er: 'Core permittivity ε_r',
    V: 'Membrane potential V_m',
    r: 'Cell radius r',
    c: '[K⁺] inside',
  },
  /** Each readout's accessible name and visible label; its value is written by `values`. */
  readouts: {
    capacitance: { name: 'Specific capacitance', label: 'C = ε₀ε_r/d' },
    measured: { name: 'Measured membranes', label: 'measured membranes' },
    field: { name: 'Field in the membrane', label: 'field E = V_m/d' },
    chargeDensity: { name: 'Surface charge density', label: 'charge density σ = C·V_m' },
    moved: { name: 'Ions moved', label: 'K⁺ ions moved' },
    inCell: { name: 'Ions in the cell', label: 'K⁺ ions in the cell' },
    fraction: { name: 'Fraction moved', label: 'fraction moved' },
    oneIn: { name: 'Ions moved per ion in the cell', label: 'that is' },
  },
  values: {
    capacitance: capacitanceText,
    measured: '≈ 1 µF/cm²',
    field: fieldText,
    chargeDensity: (density: number) =>
      formatQuantity(density, 'µC/cm²', { digits: 3, sign: true }),
    count: formatCount,
    fraction: (fraction: number) => formatNumber(fraction, { digits: 3 }),
    oneIn,
  },
  /** The note under the capacitance readouts, written with subscripts as ε_r. */
  capacitanceKey: (ratioToMeasured: number) =>
    `${
      matchesMeasured(ratioToMeasured)
        ? 'This slab matches the measured value, with an effective thickness and permittivity fitted to it, not measured ones.'
        : `This ideal slab gives ${formatNumber(ratioToMeasured, { digits: 2 })} times the measured value.`
    } Real membranes reach about 1 µF/cm² because their hydrophobic core is thinner in places and the polar head groups, with the water among them, have a much higher ε_r than the hydrocarbon tails.`,
  plotTitle: 'Ions moved to charge the membrane against the K⁺ ions in the cell (log scale)',
  xAxis: 'number of ions (log scale)',
  inCellBar: (inCell: number) => `in the cell: ${formatCount(inCell)}`,
  movedBar: (moved: number) => (moved > 0 ? `moved: ${formatCount(moved)}` : 'moved: none at 0 mV'),
  /** The note under the chart, written with subscripts as V_m. */
  plotKey: (decadesShort: number | null) =>
    `The axis is logarithmic: each grid line is ten times the one before${
      decadesShort === null
        ? ''
        : `, and the bar of ions moved stops ${formatNumber(decadesShort, { digits: 2 })} decades short of the ions in the cell`
    }. The cell is a sphere; the ions moved carry the charge C·4πr²·V_m, one elementary charge each.`,
} as const;

/** The chart's text description, which follows the state. */
export function describeCapacitor(state: WidgetState): string {
  const { voltage, radius, concentration, capacitance, field, cell } = capacitorResults(state);
  const v = formatQuantity(voltage, 'mV', { digits: 3, sign: true });
  const c = capacitanceText(capacitance);
  const r = formatQuantity(radius, 'µm', { digits: 3 });
  const conc = formatQuantity(concentration, 'mM', { digits: 3 });
  const moved =
    cell.ionsMoved > 0
      ? `${formatCount(cell.ionsMoved)} K⁺ ions must cross to charge it to ${v}`
      : 'at 0 mV no ions need to cross';
  const verdict =
    cell.fraction >= 1
      ? ' That is more than the cell holds: the picture of a neutral bulk breaks down.'
      : cell.fraction >= 0.01
        ? ' That is a noticeable share of the cell’s K⁺.'
        : cell.fraction > 0
          ? ' The inside concentration hardly changes.'
          : '';
  return (
    `With C = ${c} and a field of ${fieldText(field)} in the membrane, ` +
    `${moved}, against ${formatCount(cell.ionsInCell)} K⁺ in a cell of radius ${r} at ${conc}: ` +
    `${oneIn(cell.fraction)}.${verdict}`
  );
}
