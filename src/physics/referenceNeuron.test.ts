import { describe, expect, test } from 'vitest';
import { cellReadout, restingCell } from './cell';
import { REFERENCE_NEURON as N } from './referenceNeuron';

// Written out here, so that the expected values do not come from the code under test.
const R = 8.31446261815324;
const F = 96485.33212331001;
const RT_F = (R * 310.15) / F;

describe('the reference neuron', () => {
  test('has the sources’ equilibrium potentials: E_K ≈ −95, E_Na ≈ +67, E_Cl ≈ −76 mV', () => {
    expect(RT_F * Math.log(N.outside.K / N.inside.K) * 1000).toBeCloseTo(-95.0, 1);
    expect(RT_F * Math.log(N.outside.Na / N.inside.Na) * 1000).toBeCloseTo(66.6, 1);
    expect(-RT_F * Math.log(N.outside.Cl / N.inside.Cl) * 1000).toBeCloseTo(-75.9, 1);
  });

  test('gives −65.9 mV by the GHK equation, inside the sources’ −65 to −70 mV', () => {
    const p = N.relativePermeability;
    const top = N.outside.K + p.Na * N.outside.Na + p.Cl * N.inside.Cl;
    const bottom = N.inside.K + p.Na * N.inside.Na + p.Cl * N.outside.Cl;
    expect(RT_F * Math.log(top / bottom) * 1000).toBeCloseTo(-65.9, 1);
  });

  test('rests at −69.9 mV with its pump, the Mullins–Noda potential with r = 3/2', () => {
    const p = N.relativePermeability.Na;
    const byHand =
      RT_F *
      Math.log((1.5 * N.outside.K + p * N.outside.Na) / (1.5 * N.inside.K + p * N.inside.Na));
    expect(byHand * 1000).toBeCloseTo(-69.9, 1);
    const { parameters, state } = restingCell();
    expect(cellReadout(parameters, state).voltage).toBeCloseTo(byHand, 6);
    expect(state.inside.Na).toBe(12);
  });
});
