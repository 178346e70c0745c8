import { lazy } from 'react';
import {
  membraneCapacitance,
  membraneChargeDensity,
  membraneField,
  sphericalCellCharge,
} from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import { numberOf, type Param, type WidgetState } from '../params';
import { formatWhole } from '../debye/definition';
import type { WidgetDefinition } from '../WidgetDefinition';

export const CAPACITOR_PARAMS: readonly Param[] = [
  {
    kind: 'number',
    key: 'd',
    label: 'Insulating core thickness d',
    unit: 'nm',
    dimension: 'length',
    min: 1,
    max: 200,
    default: 5,
    scale: 'log',
  },
  {
    kind: 'number',
    key: 'er',
    label: 'Core permittivity ε_r',
    unit: '',
    dimension: 'dimensionless',
    min: 1,
    max: 20,
    default: 2,
    step: 0.1,
  },
  {
    kind: 'number',
    key: 'V',
    label: 'Membrane potential V_m',
    unit: 'mV',
    dimension: 'voltage',
    min: -150,
    max: 150,
    default: -70,
    step: 1,
  },
  {
    kind: 'number',
    key: 'r',
    label: 'Cell radius r',
    unit: 'µm',
    dimension: 'length',
    min: 0.1,
    max: 100,
    default: 10,
    scale: 'log',
  },
  {
    kind: 'number',
    key: 'c',
    label: '[K⁺] inside',
    unit: 'mM',
    dimension: 'concentration',
    min: 1,
    max: 500,
    default: 140,
    scale: 'log',
  },
];

/** The specific capacitance measured for cell membranes, in F/m² (1 µF/cm²). */
export const MEASURED_CAPACITANCE = 0.01;
/** The ions that charge the membrane are monovalent (K⁺ leaving). */
const VALENCE = 1;

/** Everything the widget shows, from the physics core, in SI. */
export function capacitorResults(state: WidgetState) {
  const voltage = numberOf(state, 'V');
  const thickness = numberOf(state, 'd');
  const capacitance = membraneCapacitance(numberOf(state, 'er'), thickness);
  const cell = sphericalCellCharge({
    radius: numberOf(state, 'r'),
    specificCapacitance: capacitance,
    voltage,
    z: VALENCE,
    concentration: numberOf(state, 'c'),
  });
  return {
    voltage,
    capacitance,
    field: membraneField(voltage, thickness),
    chargeDensity: membraneChargeDensity(capacitance, voltage),
    cell,
  };
}

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

export function describeCapacitor(state: WidgetState): string {
  const { voltage, capacitance, field, cell } = capacitorResults(state);
  const v = formatQuantity(voltage, 'mV', { digits: 3, sign: true });
  const c = formatQuantity(capacitance, 'µF/cm²', { digits: 3 });
  const r = formatQuantity(numberOf(state, 'r'), 'µm', { digits: 3 });
  const conc = formatQuantity(numberOf(state, 'c'), 'mM', { digits: 3 });
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
    `With C = ${c} and a field of ${formatQuantity(field, 'V/m', { digits: 3 })} in the membrane, ` +
    `${moved}, against ${formatCount(cell.ionsInCell)} K⁺ in a cell of radius ${r} at ${conc}: ` +
    `${oneIn(cell.fraction)}.${verdict}`
  );
}

const cell10 = { V: -70, r: 10, c: 140 };

export const capacitorWidget: WidgetDefinition = {
  id: 'capacitor',
  title: 'The membrane as a capacitor: how few ions it takes',
  chapter: 'debye',
  summary: 'C = ε₀ε_r/d, the field in the membrane, and ions moved against ions in the cell.',
  params: CAPACITOR_PARAMS,
  presets: [
    { id: 'neuron', label: 'Neuron: 5 nm lipid, ε_r 2', values: { ...cell10, d: 5, er: 2 } },
    { id: 'measured', label: 'Measured (≈ 1 µF/cm²)', values: { ...cell10, d: 4.4, er: 5 } },
    {
      id: 'small-cell',
      label: 'Small cell (0.5 µm)',
      values: { ...cell10, d: 4.4, er: 5, r: 0.5 },
    },
    { id: 'myelin', label: 'Myelin (100 nm)', values: { ...cell10, d: 100, er: 2 } },
  ],
  describe: describeCapacitor,
  View: lazy(() => import('./CapacitorView')),
};
