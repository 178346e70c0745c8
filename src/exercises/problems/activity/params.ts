import type { ProblemParam } from '../../ProblemKind';

/** The valence of an ion, a signed integer. */
export const valence: ProblemParam = { label: 'valence z', unit: '', integer: true };

/** An activity coefficient γ, redrawn between 0.3 and 0.95 (a pure number). */
export function activityCoefficientParam(label: string): ProblemParam {
  return { label, unit: '', redraw: { min: 0.3, max: 0.95, scale: 'linear', digits: 2 } };
}
