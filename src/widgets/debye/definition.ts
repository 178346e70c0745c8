import { lazy } from 'react';
import { debyeLength } from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import { numberOf, TEMPERATURE_PARAM, type Param, type WidgetState } from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';

export const DEBYE_PARAMS: readonly Param[] = [
  {
    kind: 'number',
    key: 'I',
    label: 'Ionic strength I',
    unit: 'mM',
    dimension: 'concentration',
    min: 1e-4,
    max: 1000,
    default: 150,
    scale: 'log',
  },
  TEMPERATURE_PARAM,
  {
    kind: 'number',
    key: 'er',
    label: 'Relative permittivity ε_r',
    unit: '',
    dimension: 'dimensionless',
    min: 2,
    max: 100,
    default: 74.15,
    step: 0.05,
    digits: 4,
  },
];

/** The cell radius the Debye length is compared with, in m (10 µm). */
export const CELL_RADIUS = 10e-6;
/** The ionic strengths the λ_D plot spans, in mM. */
export const STRENGTH_RANGE = [1e-4, 1000] as const;

/** λ_D of the state, in m. */
export function debyeOf(state: WidgetState, strength = numberOf(state, 'I')): number {
  return debyeLength(strength, numberOf(state, 'T'), numberOf(state, 'er'));
}

/** A length in nm, or in µm from 1 µm up: "0.779 nm", "1.12 µm". */
export function formatLength(metres: number, digits = 3): string {
  return formatQuantity(metres, metres >= 1e-6 ? 'µm' : 'nm', { digits });
}

/**
 * A large number rounded to 3 significant digits, its digits grouped in threes by narrow
 * no-break spaces below 10⁹ ("12 800", "64 300"), in scientific notation above.
 */
export function formatWhole(n: number): string {
  const rounded = Number(n.toPrecision(3));
  if (!(Math.abs(rounded) >= 1000 && Math.abs(rounded) < 1e9)) {
    return formatNumber(rounded, { digits: 3 });
  }
  const body = String(Math.abs(Math.round(rounded))).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return rounded < 0 ? `\u2212${body}` : body;
}

export function describeDebye(state: WidgetState): string {
  const lambda = debyeOf(state);
  const i = formatQuantity(numberOf(state, 'I'), 'mM', { digits: 3 });
  const t = formatQuantity(numberOf(state, 'T'), '°C', { decimals: 1 });
  const er = formatNumber(numberOf(state, 'er'), { digits: 4 });
  return (
    `λ_D = ${formatLength(lambda)} at I = ${i}, ${t}, ε_r = ${er}: the potential falls to ` +
    `37 % of its surface value at x = λ_D and below 1 % by x = ${formatLength(lambda * Math.log(100))}, ` +
    `and the counter-ion excess fades with it. A 10 µm cell radius is ` +
    `${formatWhole(CELL_RADIUS / lambda)} Debye lengths.`
  );
}

const physiological = { T: 37, er: 74.15 };

export const debyeWidget: WidgetDefinition = {
  id: 'debye',
  title: 'Debye screening: the Debye length and the potential near a membrane',
  chapter: 'debye',
  summary: 'λ_D from ionic strength, temperature and permittivity; ψ(x) = ψ₀·exp(−x/λ_D).',
  params: DEBYE_PARAMS,
  presets: [
    { id: 'physiological', label: 'Physiological (150 mM)', values: { I: 150, ...physiological } },
    { id: 'dilute', label: 'Dilute (1 mM)', values: { I: 1, ...physiological } },
    { id: 'seawater', label: 'Seawater (700 mM)', values: { I: 700, ...physiological } },
    { id: 'pure-water', label: 'Pure water (10⁻⁴ mM)', values: { I: 0.0001, ...physiological } },
  ],
  describe: describeDebye,
  View: lazy(() => import('./DebyeView')),
};
