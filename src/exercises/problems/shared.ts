import type { Mistake, ProblemParam } from '../ProblemKind';

/** Parameter helpers and diagnoses shared by the problem kinds. */
export const ZERO_CELSIUS = 273.15;

export const temperature: ProblemParam = {
  label: 'temperature',
  unit: '°C',
  redraw: { min: 5, max: 40, scale: 'linear', digits: 2 },
};

export function concentration(label: string, min: number, max: number): ProblemParam {
  return { label, unit: 'mM', redraw: { min, max, scale: 'log', digits: 2 } };
}

/** What the temperature in °C, used as if it were kelvin, does to a value ∝ T. */
export function celsiusAsKelvin(value: number, temperatureKelvin: number): Mistake[] {
  const celsius = temperatureKelvin - ZERO_CELSIUS;
  if (Math.abs(celsius) < 1) return [];
  return [
    {
      value: (value * celsius) / temperatureKelvin,
      message:
        'That is the value with the temperature in °C. The equation needs kelvin: T = θ + 273.15 K.',
    },
  ];
}
