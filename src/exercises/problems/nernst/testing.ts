import fc from 'fast-check';

/** 37 °C in K, the temperature of most of the chapter's exercises. */
export const BODY = 310.15;

// The ranges "New numbers" draws the chapter's ions from, in SI, for property tests.
export const redrawnValence = fc.constantFrom(-2, -1, 1, 2);
export const redrawnConcentration = fc.double({ min: 2, max: 400, noNaN: true });
export const redrawnTemperature = fc.double({ min: 278.15, max: 313.15, noNaN: true });

/** A redrawn ion's parameters: z, cin and cout (mM), T (K). */
export const redrawnIon = fc.record({
  z: redrawnValence,
  cin: redrawnConcentration,
  cout: redrawnConcentration,
  T: redrawnTemperature,
});
