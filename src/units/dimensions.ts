/**
 * The physical dimensions the book reads and writes, with the words the exercise feedback
 * uses for them. Each dimension has one SI base unit; every unit in `units.ts` converts to it.
 */
export type Dimension =
  | 'voltage' // V
  | 'molarEnergy' // J/mol
  | 'length' // m
  | 'current' // A
  | 'currentDensity' // A/m²
  | 'specificCapacitance' // F/m²
  | 'capacitance' // F
  | 'field' // V/m
  | 'chargeDensity' // C/m²
  | 'charge' // C
  | 'concentration' // mM (= mol/m³, the SI unit)
  | 'temperature' // K
  | 'conductance' // S
  | 'time' // s
  | 'rate' // 1/s
  | 'permeability' // m/s
  | 'dimensionless' // a bare number, no unit at all
  | 'count'; // a number of things (ions); a bare number or 'ions'

export interface DimensionInfo {
  /** The dimension in words, lower case, for messages: "a molar energy". */
  readonly name: string;
  readonly article: 'a' | 'an';
  /** SI base unit (the unit of every SI value of this dimension); '' for no unit. */
  readonly siUnit: string;
  /** An answer a reader could type, shown in messages: "such as −95 mV". */
  readonly example: string;
  /** The units worth suggesting, most common first (all of them are in `units`). */
  readonly suggestions: readonly string[];
}

export const dimensions: Readonly<Record<Dimension, DimensionInfo>> = {
  voltage: {
    name: 'voltage',
    article: 'a',
    siUnit: 'V',
    example: '−95 mV',
    suggestions: ['mV', 'V'],
  },
  molarEnergy: {
    name: 'molar energy',
    article: 'a',
    siUnit: 'J/mol',
    example: '9.25 kJ/mol',
    suggestions: ['kJ/mol', 'J/mol'],
  },
  length: {
    name: 'length',
    article: 'a',
    siUnit: 'm',
    example: '0.7 nm',
    suggestions: ['nm', 'µm', 'Å'],
  },
  current: {
    name: 'current',
    article: 'a',
    siUnit: 'A',
    example: '−20 pA',
    suggestions: ['pA', 'nA'],
  },
  currentDensity: {
    name: 'current density',
    article: 'a',
    siUnit: 'A/m²',
    example: '1 µA/cm²',
    suggestions: ['µA/cm²', 'A/m²'],
  },
  specificCapacitance: {
    name: 'specific capacitance',
    article: 'a',
    siUnit: 'F/m²',
    example: '1 µF/cm²',
    suggestions: ['µF/cm²', 'F/m²'],
  },
  capacitance: {
    name: 'capacitance',
    article: 'a',
    siUnit: 'F',
    example: '10 pF',
    suggestions: ['pF', 'µF'],
  },
  field: {
    name: 'electric field',
    article: 'an',
    siUnit: 'V/m',
    example: '1.4e7 V/m',
    suggestions: ['V/m', 'kV/cm', 'mV/nm'],
  },
  chargeDensity: {
    name: 'surface charge density',
    article: 'a',
    siUnit: 'C/m²',
    example: '0.01 C/m²',
    suggestions: ['C/m²', 'µC/cm²'],
  },
  charge: {
    name: 'charge',
    article: 'a',
    siUnit: 'C',
    example: '1.6e-19 C',
    suggestions: ['C', 'pC'],
  },
  concentration: {
    name: 'concentration',
    article: 'a',
    siUnit: 'mM',
    example: '140 mM',
    suggestions: ['mM', 'µM', 'M'],
  },
  temperature: {
    name: 'temperature',
    article: 'a',
    siUnit: 'K',
    example: '37 °C',
    suggestions: ['°C', 'K'],
  },
  conductance: {
    name: 'conductance',
    article: 'a',
    siUnit: 'S',
    example: '10 nS',
    suggestions: ['nS', 'pS'],
  },
  time: {
    name: 'time',
    article: 'a',
    siUnit: 's',
    example: '5 ms',
    suggestions: ['ms', 's', 'min'],
  },
  rate: {
    name: 'rate',
    article: 'a',
    siUnit: '1/s',
    example: '100 /s',
    suggestions: ['1/s', 'Hz'],
  },
  permeability: {
    name: 'permeability',
    article: 'a',
    siUnit: 'm/s',
    example: '1e-6 cm/s',
    suggestions: ['cm/s', 'm/s'],
  },
  dimensionless: {
    name: 'plain number with no unit',
    article: 'a',
    siUnit: '',
    example: '0.5',
    suggestions: [],
  },
  count: {
    name: 'count',
    article: 'a',
    siUnit: '',
    example: '1000 ions',
    suggestions: ['ions'],
  },
};

/** "a voltage", "an electric field": the dimension with its article, for messages. */
export function describeDimension(dimension: Dimension): string {
  const info = dimensions[dimension];
  return `${info.article} ${info.name}`;
}
