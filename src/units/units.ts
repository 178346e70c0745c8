import type { Dimension } from './dimensions';
import { toSuperscript } from './superscript';

/**
 * One unit the book reads and writes. The SI value of a reading x in this unit is
 *
 *   SI = x · factor + offset        (offset is 273.15 for °C and 0 for every other unit)
 *
 * `factor` is also kept as an exact ratio multiplier / divisor of integers (powers of ten
 * up to 10²², times 60, 3600 or 4184), so that mV → V is a division by 1000, rounded once,
 * rather than a multiplication by 0.001, which is not exactly representable: −95 mV then
 * becomes exactly the double nearest −0.095.
 */
export interface UnitDefinition {
  /** The canonical spelling, as the book prints it: 'mV', 'µF/cm²', '°C', '1/s'. */
  readonly symbol: string;
  readonly dimension: Dimension;
  /** SI value of one unit (for °C, of one degree step): 1e-3 for mV. */
  readonly factor: number;
  /** SI value of the unit's zero: 273.15 for °C, 0 otherwise. */
  readonly offset: number;
  readonly multiplier: number;
  readonly divisor: number;
}

/** 0 °C in kelvin, exactly, by the definition of the Celsius scale. */
export const ZERO_CELSIUS = 273.15;

type Prefix = '' | 'p' | 'n' | 'µ' | 'm' | 'c' | 'd' | 'k' | 'M' | 'G';

const PREFIX_POWER: Readonly<Record<Prefix, number>> = {
  '': 0,
  p: -12,
  n: -9,
  µ: -6,
  m: -3,
  c: -2,
  d: -1,
  k: 3,
  M: 6,
  G: 9,
};

/** A base symbol: its SI value is mantissa · 10^power (mantissa an integer). */
interface Base {
  readonly mantissa: number;
  readonly power: number;
}

const BASES = {
  V: { mantissa: 1, power: 0 },
  J: { mantissa: 1, power: 0 },
  cal: { mantissa: 4184, power: -3 }, // thermochemical calorie, 4.184 J exactly
  mol: { mantissa: 1, power: 0 },
  m: { mantissa: 1, power: 0 },
  Å: { mantissa: 1, power: -10 },
  A: { mantissa: 1, power: 0 },
  F: { mantissa: 1, power: 0 },
  C: { mantissa: 1, power: 0 },
  S: { mantissa: 1, power: 0 },
  s: { mantissa: 1, power: 0 },
  min: { mantissa: 60, power: 0 },
  h: { mantissa: 3600, power: 0 },
  Hz: { mantissa: 1, power: 0 },
  K: { mantissa: 1, power: 0 },
  '°C': { mantissa: 1, power: 0 },
  // Concentrations are in mM = mol/m³, so the molar (mol/L) is 10³ and the litre 10⁻³ m³.
  M: { mantissa: 1, power: 3 },
  L: { mantissa: 1, power: -3 },
  ions: { mantissa: 1, power: 0 },
  // A percent is the pure number 0.01, so a fraction may be answered as "4.3 %".
  '%': { mantissa: 1, power: -2 },
} as const satisfies Record<string, Base>;

type BaseSymbol = keyof typeof BASES;

/** One factor of a unit as written: an atom (prefix + base) raised to an exponent. */
export interface UnitFactor {
  readonly atom: string;
  readonly exponent: number;
}

/**
 * The canonical spelling of a product of factors: numerator factors joined by '·', then
 * '/' and the denominator factors; exponents other than 1 as superscripts. A denominator
 * alone gets a '1' ('1/s'); no factors at all is '' (a bare number).
 */
export function composeSymbol(factors: readonly UnitFactor[]): string {
  const write = (f: UnitFactor) => {
    const power = Math.abs(f.exponent);
    return power === 1 ? f.atom : f.atom + toSuperscript(power);
  };
  const numerator = factors.filter((f) => f.exponent > 0).map(write);
  const denominator = factors.filter((f) => f.exponent < 0).map(write);
  if (denominator.length === 0) return numerator.join('·');
  return `${numerator.length > 0 ? numerator.join('·') : '1'}/${denominator.join('·')}`;
}

type Part = readonly [prefix: Prefix, base: BaseSymbol, exponent: number];

function define(dimension: Dimension, parts: readonly Part[], offset = 0): UnitDefinition {
  let multiplier = 1;
  let divisor = 1;
  let power = 0;
  for (const [prefix, base, exponent] of parts) {
    const { mantissa, power: basePower } = BASES[base];
    power += (PREFIX_POWER[prefix] + basePower) * exponent;
    if (exponent > 0) multiplier *= mantissa ** exponent;
    else divisor *= mantissa ** -exponent;
  }
  // Every power of ten up to 10²² is an exact double, so both stay exact integers.
  if (power >= 0) multiplier *= 10 ** power;
  else divisor *= 10 ** -power;
  const symbol = composeSymbol(parts.map(([p, b, e]) => ({ atom: p + b, exponent: e })));
  return { symbol, dimension, factor: multiplier / divisor, offset, multiplier, divisor };
}

function prefixed(dimension: Dimension, base: BaseSymbol, prefixes: readonly Prefix[]) {
  return prefixes.map((p) => define(dimension, [[p, base, 1]]));
}

/** numerator / denominator^power for every pair of the listed prefixes. */
function ratios(
  dimension: Dimension,
  numerator: BaseSymbol,
  numeratorPrefixes: readonly Prefix[],
  denominator: BaseSymbol,
  denominatorPrefixes: readonly Prefix[],
  power = 1,
) {
  return numeratorPrefixes.flatMap((np) =>
    denominatorPrefixes.map((dp) =>
      define(dimension, [
        [np, numerator, 1],
        [dp, denominator, -power],
      ]),
    ),
  );
}

// Prefixes are limited to those that make sense for each quantity, so that a typo such as
// 'GS' or 'kM' is reported as an unknown unit rather than silently read.
const SMALL: readonly Prefix[] = ['', 'm', 'µ', 'n', 'p'];
const AREA: readonly Prefix[] = ['', 'c', 'm', 'µ'];

const DEFINITIONS: readonly UnitDefinition[] = [
  ...prefixed('voltage', 'V', ['', 'k', 'M', 'm', 'µ', 'n']),
  define('molarEnergy', [
    ['', 'J', 1],
    ['', 'mol', -1],
  ]),
  define('molarEnergy', [
    ['k', 'J', 1],
    ['', 'mol', -1],
  ]),
  define('molarEnergy', [
    ['', 'cal', 1],
    ['', 'mol', -1],
  ]),
  define('molarEnergy', [
    ['k', 'cal', 1],
    ['', 'mol', -1],
  ]),
  ...prefixed('length', 'm', ['', 'c', 'm', 'µ', 'n', 'p']),
  define('length', [['', 'Å', 1]]),
  ...prefixed('current', 'A', SMALL),
  ...ratios('currentDensity', 'A', SMALL, 'm', AREA, 2),
  ...ratios('specificCapacitance', 'F', SMALL, 'm', AREA, 2),
  ...prefixed('capacitance', 'F', SMALL),
  ...ratios('field', 'V', ['', 'k', 'M', 'm', 'µ'], 'm', ['', 'c', 'm', 'µ', 'n']),
  ...ratios('chargeDensity', 'C', SMALL, 'm', [...AREA, 'n'], 2),
  ...prefixed('charge', 'C', SMALL),
  ...prefixed('concentration', 'M', SMALL),
  ...ratios('concentration', 'mol', SMALL, 'L', ['']),
  ...ratios('concentration', 'mol', ['', 'm'], 'm', ['d'], 3),
  define('concentration', [
    ['', 'mol', 1],
    ['', 'm', -3],
  ]),
  define('temperature', [['', 'K', 1]]),
  define('temperature', [['', '°C', 1]], ZERO_CELSIUS),
  ...prefixed('conductance', 'S', SMALL),
  ...prefixed('time', 's', ['', 'm', 'µ', 'n']),
  define('time', [['', 'min', 1]]),
  define('time', [['', 'h', 1]]),
  ...prefixed('rate', 'Hz', ['', 'k']),
  define('rate', [['', 's', -1]]),
  define('rate', [['m', 's', -1]]),
  define('rate', [['', 'min', -1]]),
  ...ratios('permeability', 'm', ['', 'c', 'm', 'µ', 'n'], 's', ['']),
  define('dimensionless', []),
  define('dimensionless', [['', '%', 1]]),
  define('count', [['', 'ions', 1]]),
];

function index(definitions: readonly UnitDefinition[]): ReadonlyMap<string, UnitDefinition> {
  const map = new Map<string, UnitDefinition>();
  for (const d of definitions) {
    // Two definitions with one spelling would make lookups depend on order: fail loudly.
    if (map.has(d.symbol)) throw new Error(`units: '${d.symbol}' is defined twice`);
    map.set(d.symbol, Object.freeze(d));
  }
  return map;
}

/**
 * Every unit the book reads and writes, by canonical symbol. Only canonical spellings are
 * keys; `lookupUnit` maps the other spellings (uF/cm2, kJ mol⁻¹, millivolts) onto them.
 *
 * Case rules follow SI: 'M' is mega in 'MV' but molar on its own, 'm' is milli in 'mV' but
 * metre on its own, 'C' is coulomb (°C is Celsius), 'A' is ampere (Å is ångström), 'S' is
 * siemens and 's' second, 'K' kelvin. `lookupUnit` adds only a few lower-case spellings that
 * cannot mean anything else (mv, v, kj, l); see there.
 */
export const units: ReadonlyMap<string, UnitDefinition> = index(DEFINITIONS);

/**
 * Every atom (prefix + base symbol, such as 'mV', 'cm', 'kJ', 'mol') that occurs in a unit
 * of the table; the unit reader resolves each written atom to one of these.
 */
export const unitAtoms: ReadonlySet<string> = new Set(
  DEFINITIONS.flatMap((d) =>
    d.symbol
      .replace(/^1\//, '')
      .split(/[·/]/)
      .map((atom) => atom.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+$/, ''))
      .filter((atom) => atom !== ''),
  ),
);
