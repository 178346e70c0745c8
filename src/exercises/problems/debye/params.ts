import type { ProblemParam } from '../../ProblemKind';

// The parameters the Debye chapter's kinds share, in the reader's units; they arrive in SI:
// V in V, d and r in m, C in F/m².

/** A pure number (a relative permittivity), redrawn from `redraw` if given. */
export function pureNumber(label: string, redraw?: ProblemParam['redraw']): ProblemParam {
  return { label, unit: '', ...(redraw ? { redraw } : {}) };
}

export const membranePotential: ProblemParam = {
  label: 'membrane potential',
  unit: 'mV',
  redraw: { min: -100, max: -40, scale: 'linear', digits: 2 },
};

export const thickness: ProblemParam = {
  label: 'thickness',
  unit: 'nm',
  redraw: { min: 3, max: 10, scale: 'linear', digits: 2 },
};

export const specificCapacitance: ProblemParam = { label: 'specific capacitance', unit: 'µF/cm²' };

export const valence: ProblemParam = { label: 'valence z', unit: '', integer: true };

export function cellRadius(min: number, max: number): ProblemParam {
  return { label: 'cell radius', unit: 'µm', redraw: { min, max, scale: 'log', digits: 3 } };
}
