// Unit tests of the ion checks shared by the voltage laws: checkGradient (one ion, both
// concentrations > 0) and checkPermeantIons (a list, where an impermeant ion may be ignored).
import { describe, expect, test } from 'vitest';
import { checkGradient, checkPermeantIons } from './ion';
import { MAX_VALENCE } from './validate';
import { expectRangeError } from './testing';

const K = { z: 1, inside: 140, outside: 4, permeability: 1 };
const Na = { z: 1, inside: 12, outside: 145, permeability: 0.05 };
const Ca = { z: 2, inside: 1e-4, outside: 2, permeability: 0.01 };

describe('checkGradient', () => {
  test('checkGradient returns the very ion it checked', () => {
    const ion = { z: -1, inside: 7, outside: 120 };
    expect(checkGradient('f', ion)).toBe(ion);
  });

  test('checkGradient names the offending concentration with the caller’s label, e.g. cell.K.inside', () => {
    const message = expectRangeError(
      () => checkGradient('mullinsNodaPotential', { z: 1, inside: 0, outside: 4 }, 'cell.K'),
      'mullinsNodaPotential',
      'cell.K.inside',
    );
    expect(message).toContain('> 0 mM');
  });

  test('checkGradient rejects z = 0, a fractional z and |z| = MAX_VALENCE + 1, naming ion.z', () => {
    for (const z of [0, 0.5, MAX_VALENCE + 1, -(MAX_VALENCE + 1)]) {
      expectRangeError(() => checkGradient('f', { z, inside: 1, outside: 1 }), 'f', 'ion.z');
    }
  });
});

describe('checkPermeantIons', () => {
  test('checkPermeantIons returns only the ions with P > 0, in order, as the same objects', () => {
    const impermeant = { ...Na, permeability: 0 };
    const permeant = checkPermeantIons('f', [K, impermeant, Ca]);
    expect(permeant).toHaveLength(2);
    expect(permeant[0]).toBe(K);
    expect(permeant[1]).toBe(Ca);
  });

  test('checkPermeantIons accepts a zero concentration on an impermeant ion but not on a permeant one, naming ions[1].outside', () => {
    expect(checkPermeantIons('f', [K, { ...Na, outside: 0, permeability: 0 }])).toEqual([K]);
    expectRangeError(
      () => checkPermeantIons('reversalPotential', [K, { ...Na, outside: 0 }]),
      'reversalPotential',
      'ions[1].outside',
    );
  });

  test('checkPermeantIons rejects a negative or NaN permeability, naming ions[i].permeability', () => {
    expectRangeError(
      () => checkPermeantIons('f', [{ ...K, permeability: -1 }]),
      'f',
      'ions[0].permeability',
    );
    expectRangeError(
      () => checkPermeantIons('f', [K, { ...Ca, permeability: NaN }]),
      'f',
      'ions[1].permeability',
    );
  });

  test('checkPermeantIons rejects an empty list, a null entry and a list with no permeant ion, naming each', () => {
    expectRangeError(() => checkPermeantIons('f', []), 'f', 'ions');
    expectRangeError(() => checkPermeantIons('f', [K, null as never]), 'f', 'ions[1].z');
    expectRangeError(
      () => checkPermeantIons('f', [{ ...K, permeability: 0 }]),
      'f',
      'the sum of permeabilities',
    );
  });

  test('checkPermeantIons rejects a valence beyond ±MAX_VALENCE, as checkGradient does', () => {
    // Its fast path tests only Number.isInteger(z) && z !== 0; validate.valence (used by its
    // own detailed checks and by checkGradient) allows |z| ≤ MAX_VALENCE = 100.
    expectRangeError(
      () => checkPermeantIons('reversalPotential', [K, { ...Ca, z: MAX_VALENCE + 1 }]),
      'reversalPotential',
      'ions[1].z',
    );
  });
});
