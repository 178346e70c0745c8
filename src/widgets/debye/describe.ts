import { formatNumber, formatQuantity } from '../../units';
import { formatWhole } from '../formatWhole';
import type { WidgetState } from '../params';
import { debyeReadings, type DebyeReadings, type DebyeSweep } from './model';

// Every word the debye widget shows, in one place: the place a translation plugs in.

/** A length in nm, or in µm from 1 µm up: "0.779 nm", "1.12 µm". */
export function formatLength(metres: number, digits = 3): string {
  return formatQuantity(metres, metres >= 1e-6 ? 'µm' : 'nm', { digits });
}

const mM = (strength: number) => formatQuantity(strength, 'mM', { digits: 3 });
const celsius = (temperature: number) => formatQuantity(temperature, '°C', { decimals: 1 });
const permittivity = (er: number) => formatNumber(er, { digits: 4 });

export const DEBYE_WORDS = {
  title: 'Debye screening: the Debye length and the potential near a membrane',
  summary: 'λ_D from ionic strength, temperature and permittivity; ψ(x) = ψ₀·exp(−x/λ_D).',
  presets: {
    physiological: 'Physiological (150 mM)',
    dilute: 'Dilute (1 mM)',
    seawater: 'Seawater (700 mM)',
    'pure-water': 'Pure water (10⁻⁴ mM)',
  },
  params: { I: 'Ionic strength I', er: 'Relative permittivity ε_r' },
  readouts: {
    lambda: { name: 'λ_D', label: 'Debye length λ_D' },
    cellRatio: { name: 'Cell radius / λ_D', label: '10 µm cell radius / λ_D' },
    onePercent: { name: '1 % of ψ₀ left at', label: '1 % of ψ₀ left at' },
  },
  lambda: (readings: DebyeReadings) => formatLength(readings.lambda, 4),
  cellRatio: (readings: DebyeReadings) => formatWhole(readings.cellRatio),
  onePercent: (readings: DebyeReadings) => formatLength(readings.onePercentAt),
  profile: {
    title:
      'Potential ψ(x)/ψ₀ and counter-ion excess (relative) against distance from a charged membrane',
    xAxis: 'distance from the membrane x (nm)',
    yAxis: 'ψ(x)/ψ₀',
    line: 'ψ(x)/ψ₀',
    lambdaRule: (readings: DebyeReadings) => `λ_D = ${formatLength(readings.lambda)}`,
    atLambda: '37 %',
    excess: 'counter-ion excess',
    key:
      'Line: ψ(x)/ψ₀ = exp(−x/λ_D), the linearised Poisson–Boltzmann profile. Shaded: the ' +
      'counter-ion excess (relative), which follows the same exponential; its total balances ' +
      'the surface charge.',
  },
  sweep: {
    title: 'Debye length against ionic strength (log–log), with a 10 µm cell radius for scale',
    xAxis: 'ionic strength I (mM)',
    yAxis: 'λ_D (nm)',
    cellRule: 'cell radius 10 µm',
    line: 'λ_D',
    point: (readings: DebyeReadings) => formatLength(readings.lambda),
  },
} as const;

/** The ψ(x) plot's text description, which follows the state. */
export function describeDebye(state: WidgetState): string {
  const readings = debyeReadings(state);
  return (
    `λ_D = ${formatLength(readings.lambda)} at I = ${mM(readings.strength)}, ${celsius(readings.temperature)}, ε_r = ${permittivity(readings.permittivity)}: the potential falls to ` +
    `37 % of its surface value at x = λ_D and below 1 % by x = ${formatLength(readings.onePercentAt)}, ` +
    `and the counter-ion excess fades with it. A 10 µm cell radius is ` +
    `${formatWhole(readings.cellRatio)} Debye lengths.`
  );
}

/** The λ_D plot's text description: the line's two ends and where the state sits on it. */
export function describeDebyeSweep(readings: DebyeReadings, sweep: DebyeSweep): string {
  return (
    `λ_D falls tenfold for every hundredfold rise in I: from ${formatLength(sweep.atLow)} ` +
    `at 10⁻⁴ mM to ${formatLength(sweep.atHigh)} at 1000 mM, at ` +
    `${celsius(readings.temperature)} and ε_r = ` +
    `${permittivity(readings.permittivity)}. Now ${formatLength(readings.lambda)} at ` +
    `${mM(readings.strength)}; the 10 µm cell radius is ` +
    `${formatWhole(readings.cellRatio)} times longer.`
  );
}
