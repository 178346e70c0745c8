import { describe, expect, test } from 'vitest';
import { permeantIonsOf } from './permeantIonsOf';

// A state in SI (mol/m³), each number different so that a mix-up shows.
const STATE = { Kin: 1, Kout: 2, Nain: 3, Naout: 4, Clin: 5, Clout: 6, PNa: 0.25, PCl: 0.5 };

const THREE = [
  { key: 'K', permeability: null },
  { key: 'Na', permeability: 'PNa' },
  { key: 'Cl', permeability: 'PCl' },
] as const;

describe('permeantIonsOf', () => {
  test('reads each ion’s valence, [X]in, [X]out and its permeability relative to P_K = 1', () => {
    expect(permeantIonsOf(STATE, THREE)).toEqual([
      { z: 1, inside: 1, outside: 2, permeability: 1 },
      { z: 1, inside: 3, outside: 4, permeability: 0.25 },
      { z: -1, inside: 5, outside: 6, permeability: 0.5 },
    ]);
  });

  test('with an absolute P_K, every permeability is that many m/s times its ratio', () => {
    const [k, na, cl] = permeantIonsOf(STATE, THREE, 4e-9);
    expect(k.permeability).toBe(4e-9);
    expect(na.permeability).toBe(1e-9);
    expect(cl.permeability).toBe(2e-9);
  });

  test('reads only the ions asked for, in their order, and needs no other key', () => {
    const pumpState = { Kin: 140, Kout: 5, Nain: 10, Naout: 145, PNa: 0.03 };
    const ions = [
      { key: 'Na', permeability: 'PNa' },
      { key: 'K', permeability: null },
    ] as const;
    expect(permeantIonsOf(pumpState, ions)).toEqual([
      { z: 1, inside: 10, outside: 145, permeability: 0.03 },
      { z: 1, inside: 140, outside: 5, permeability: 1 },
    ]);
  });

  test('refuses a state without one of the ion’s numbers', () => {
    expect(() => permeantIonsOf({ Kin: 140 }, THREE)).toThrow('widget state has no number "Kout"');
  });
});
