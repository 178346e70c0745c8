import { nernstPotential, thermalVoltage } from '../../physics';
import { decadeDomain } from '../../plot/scales';
import { sample, type Curve } from '../../plot/sample';
import { gradientOf } from '../ionParams';
import { numberOf, type WidgetState } from '../params';

/** Points on each Nernst line: enough that a 1920 px plot shows no corners. */
const CURVE_POINTS = 121;

/** What the nernst widget shows for a state, in SI (V, mol/m³, K). */
export type NernstReadings = {
  z: number;
  inside: number;
  outside: number;
  temperature: number;
  /** the Nernst potential E = (RT/zF)·ln(c_out/c_in), V */
  e: number;
  /** the change of E per tenfold change of the ratio, (RT/zF)·ln 10, V (negative for z < 0) */
  decadeSlope: number;
  /** c_out / c_in */
  ratio: number;
};

export function nernstReadings(state: WidgetState): NernstReadings {
  const gradient = gradientOf(state);
  const temperature = numberOf(state, 'T');
  return {
    z: gradient.z,
    inside: gradient.inside,
    outside: gradient.outside,
    temperature,
    e: nernstPotential(gradient, temperature),
    decadeSlope: (thermalVoltage(temperature) / gradient.z) * Math.LN10,
    ratio: gradient.outside / gradient.inside,
  };
}

/** The change of E per tenfold change of the ratio, (RT/zF)·ln 10, in V. */
export function decadeSlopeOf(state: WidgetState): number {
  return nernstReadings(state).decadeSlope;
}

/** The plot of E (mV) against the ratio out/in on a log axis, for valence z and its opposite. */
export type NernstCurves = {
  /** the ratio axis: whole decades, at least 10⁻³ to 10³ and a decade beyond the ratio */
  domain: readonly [number, number];
  own: Curve;
  mirror: Curve;
  /** half the E axis, mV: the larger |E| at either end of the ratio axis */
  extent: number;
};

export function nernstCurves(z: number, ratio: number, temperature: number): NernstCurves {
  const domain = decadeDomain(Math.min(1e-3, ratio / 10), Math.max(1e3, ratio * 10));
  // E against out/in with the inside held at 1: the line depends only on the ratio.
  const line = (valence: number) =>
    sample(
      (r) => nernstPotential({ z: valence, inside: 1, outside: r }, temperature) * 1000,
      domain,
      CURVE_POINTS,
      'log',
    );
  const ends = [domain[0], domain[1]].map((r) =>
    Math.abs(nernstPotential({ z, inside: 1, outside: r }, temperature) * 1000),
  );
  return { domain, own: line(z), mirror: line(-z), extent: Math.max(...ends) };
}
