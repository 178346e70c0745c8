import { REFERENCE_NEURON } from '../physics';
import { kelvinToCelsius } from '../units';
import type { IonKey } from './ions';

/** The reference neuron's temperature in the reader's unit, °C (37). */
export const NEURON_CELSIUS = kelvinToCelsius(REFERENCE_NEURON.temperature);

/**
 * One ion of the book's reference neuron (src/physics/referenceNeuron.ts) in the reader's
 * units (mM, °C): what choosing that ion in a one-ion widget loads.
 */
export function neuronGradient(ion: IonKey) {
  return {
    ion,
    cin: REFERENCE_NEURON.inside[ion],
    cout: REFERENCE_NEURON.outside[ion],
    T: NEURON_CELSIUS,
  };
}

/**
 * Textbook gradients of one ion, in the reader's units (mM, °C): the scenarios the one-ion
 * widgets' presets (nernst, equilibration, energy) start from. The neuron's are the
 * reference neuron's.
 */
export const TEXTBOOK_GRADIENTS = {
  neuronK: neuronGradient('K'),
  neuronNa: neuronGradient('Na'),
  neuronCl: neuronGradient('Cl'),
  neuronCa: neuronGradient('Ca'),
  squidK: { ion: 'K', cin: 400, cout: 20, T: 6.3 },
} as const;
