import { debyeLength, screenedPotential, screeningDistance } from '../../physics';
import { decadeDomain } from '../../plot/scales';
import { sample, type Curve } from '../../plot/sample';
import { numberOf, type WidgetState } from '../params';

/** The cell radius the Debye length is compared with, in m (10 µm). */
export const CELL_RADIUS = 10e-6;
/** The ionic strengths the λ_D plot spans, in mol/m³ (= mM). */
export const STRENGTH_RANGE = [1e-4, 1000] as const;
/** The share of ψ₀ whose distance the widget reads out: 1 %. */
const ONE_PERCENT = 0.01;
/** Points on the ψ(x) line and on the λ_D line; slices of the shaded counter-ion excess. */
const PROFILE_POINTS = 161;
const SWEEP_POINTS = 71;
const SLICES = 24;
const NM = 1e-9;

/** λ_D of the state, in m (at the state's ionic strength, or at `strength` in mM). */
export function debyeOf(state: WidgetState, strength = numberOf(state, 'I')): number {
  return debyeLength(strength, numberOf(state, 'T'), numberOf(state, 'er'));
}

/** What the debye widget reads out for a state, in SI (mol/m³, K, m). */
export type DebyeReadings = {
  strength: number;
  temperature: number;
  permittivity: number;
  /** the Debye length λ_D, m */
  lambda: number;
  /** the 10 µm cell radius in Debye lengths */
  cellRatio: number;
  /** where ψ has fallen to 1 % of ψ₀: λ_D·ln 100, m */
  onePercentAt: number;
};

export function debyeReadings(state: WidgetState): DebyeReadings {
  const lambda = debyeOf(state);
  return {
    strength: numberOf(state, 'I'),
    temperature: numberOf(state, 'T'),
    permittivity: numberOf(state, 'er'),
    lambda,
    cellRatio: CELL_RADIUS / lambda,
    onePercentAt: screeningDistance(ONE_PERCENT, lambda),
  };
}

/** ψ(x)/ψ₀ against x (nm) near the membrane, and the counter-ion excess as shaded slices. */
export type DebyeProfile = {
  /** the x axis's end, nm: 5 λ_D, at least 5 nm */
  xMax: number;
  /** λ_D in nm, where the plot marks it */
  lambdaNm: number;
  /** ψ(λ_D)/ψ₀ = 1/e */
  atLambda: number;
  curve: Curve;
  /** slices out to 5 λ_D, each as high as the excess ∝ exp(−x/λ_D) at its middle */
  slices: { x: readonly [number, number]; height: number }[];
};

export function debyeProfile(lambda: number): DebyeProfile {
  const lambdaNm = lambda / NM;
  const xMax = Math.max(5 * lambdaNm, 5);
  const fraction = (xNm: number) => screenedPotential(xNm * NM, lambda);
  const width = (5 * lambdaNm) / SLICES;
  return {
    xMax,
    lambdaNm,
    atLambda: screenedPotential(lambda, lambda),
    curve: sample(fraction, [0, xMax], PROFILE_POINTS),
    slices: Array.from({ length: SLICES }, (_, i) => ({
      x: [i * width, (i + 1) * width] as const,
      height: fraction((i + 0.5) * width),
    })),
  };
}

/** λ_D (nm) against ionic strength (mM) over STRENGTH_RANGE on log axes. */
export type DebyeSweep = {
  points: Curve;
  /** the λ_D axis: whole decades, reaching up to the 10 µm cell radius at least */
  yDomain: readonly [number, number];
  /** λ_D at either end of the range, m */
  atLow: number;
  atHigh: number;
};

export function debyeSweep(temperature: number, permittivity: number): DebyeSweep {
  const lambdaAt = (strength: number) => debyeLength(strength, temperature, permittivity);
  const points = sample((s) => lambdaAt(s) / NM, STRENGTH_RANGE, SWEEP_POINTS, 'log');
  const [atLow, atHigh] = STRENGTH_RANGE.map(lambdaAt) as [number, number];
  return {
    points,
    yDomain: decadeDomain(atHigh / NM, Math.max(atLow / NM, 2e4)),
    atLow,
    atHigh,
  };
}
