/**
 * Textbook gradients of one ion, in the reader's units (mM, °C): the scenarios the one-ion
 * widgets' presets (nernst, equilibration, energy) start from.
 */
export const TEXTBOOK_GRADIENTS = {
  neuronK: { ion: 'K', cin: 140, cout: 4, T: 37 },
  neuronNa: { ion: 'Na', cin: 12, cout: 145, T: 37 },
  neuronCl: { ion: 'Cl', cin: 7, cout: 120, T: 37 },
  neuronCa: { ion: 'Ca', cin: 0.0001, cout: 2, T: 37 },
  squidK: { ion: 'K', cin: 400, cout: 20, T: 6.3 },
} as const;
