import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { gradientOf, ION_PARAMS, nernstOf, normaliseIon } from './ionParams';
import { IONS } from './ions';
import { defaultState, type WidgetState } from './params';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const R = 8.31446261815324;
const F = 96485.33212331001;

const base = defaultState(ION_PARAMS);
const state = (values: WidgetState): WidgetState => ({ ...base, ...values });

describe('normaliseIon', () => {
  test.each(Object.entries(IONS))('naming %s fixes its valence', (ion, { z }) => {
    expect(normaliseIon(state({ ion, z: 3 }), new Set(['ion'])).z).toBe(z);
    expect(normaliseIon(state({ ion, z: 3 }), new Set()).z).toBe(z);
    expect(normaliseIon(state({ ion, z: 3 }), new Set(['ion'])).ion).toBe(ion);
  });

  test('a URL giving only z = 2, with the default ion K, makes the ion custom', () => {
    const next = normaliseIon(state({ ion: 'K', z: 2 }), new Set(['z']));
    expect(next.ion).toBe('custom');
    expect(next.z).toBe(2);
  });

  test('giving ion = Ca makes z = 2 even if z = 1 was also given', () => {
    const next = normaliseIon(state({ ion: 'Ca', z: 1 }), new Set(['ion', 'z']));
    expect(next.ion).toBe('Ca');
    expect(next.z).toBe(2);
  });

  test('a z the ion does have keeps the ion', () => {
    const next = normaliseIon(state({ ion: 'Cl', z: -1 }), new Set(['z']));
    expect(next).toEqual(state({ ion: 'Cl', z: -1 }));
  });

  test('z = 0 becomes 1', () => {
    expect(normaliseIon(state({ ion: 'custom', z: 0 }), new Set(['z'])).z).toBe(1);
    expect(normaliseIon(state({ ion: 'K', z: 0 }), new Set(['z']))).toEqual(
      state({ ion: 'K', z: 1 }),
    );
  });

  test('a custom ion keeps any non-zero valence', () => {
    for (const z of [-3, -2, -1, 1, 2, 3]) {
      expect(normaliseIon(state({ ion: 'custom', z }), new Set(['z', 'ion']))).toEqual(
        state({ ion: 'custom', z }),
      );
    }
  });

  test('always gives a consistent state, is idempotent, and leaves its input alone', () => {
    const ions = ['K', 'Na', 'Cl', 'Ca', 'custom'];
    fc.assert(
      fc.property(
        fc.constantFrom(...ions),
        fc.integer({ min: -3, max: 3 }),
        fc.subarray(['ion', 'z', 'cin']),
        (ion, z, givenKeys) => {
          const input = state({ ion, z });
          const copy = { ...input };
          const given = new Set(givenKeys);
          const next = normaliseIon(input, given);
          expect(input).toEqual(copy);
          expect(next.z).not.toBe(0);
          const named = IONS[next.ion as keyof typeof IONS];
          if (named) expect(next.z).toBe(named.z);
          expect(normaliseIon(next, given)).toEqual(next);
          // Only ion and z may change, and a concentration that a given named ion brings.
          const brings = (key: 'cin' | 'cout') => named && given.has('ion') && !given.has(key);
          expect({ ...next, ion: 0, z: 0, cin: 0, cout: 0 }).toEqual({
            ...input,
            ion: 0,
            z: 0,
            cin: 0,
            cout: 0,
          });
          if (!brings('cin')) expect(next.cin).toBe(input.cin);
          if (!brings('cout')) expect(next.cout).toBe(input.cout);
        },
      ),
    );
  });
});

describe('normaliseIon: a named ion brings its own concentrations', () => {
  // The reference neuron's, written out here (mM): Hille's typical mammalian values.
  const NEURON = {
    K: [140, 4],
    Na: [12, 145],
    Cl: [7, 120],
    Ca: [0.0001, 2],
  } as const;

  test.each(Object.entries(NEURON))(
    'choosing %s loads its inside and outside concentrations, [in, out] = %j mM',
    (ion, [cin, cout]) => {
      const next = normaliseIon(state({ ion, cin: 50, cout: 50 }), new Set(['ion']));
      expect(next.cin).toBeCloseTo(cin, 12);
      expect(next.cout).toBeCloseTo(cout, 12);
    },
  );

  test('Ca²⁺ chosen after K⁺ gives E = (RT/2F)·ln(2/0.0001) = +132.3 mV, not K⁺’s −47.5 mV', () => {
    const next = normaliseIon(state({ ion: 'Ca' }), new Set(['ion']));
    const byHand = ((R * 310.15) / (2 * F)) * Math.log(2 / 0.0001);
    expect(nernstOf(next)).toBeCloseTo(byHand, 9);
    expect(nernstOf(next) * 1000).toBeCloseTo(132.3, 1);
  });

  test('a concentration given with the ion wins: a URL ?ion=Ca&cin=0.001 keeps 0.001 mM inside', () => {
    const next = normaliseIon(state({ ion: 'Ca', cin: 0.001 }), new Set(['ion', 'cin']));
    expect(next.cin).toBe(0.001);
    expect(next.cout).toBeCloseTo(2, 12);
  });

  test('a custom ion keeps the concentrations it has', () => {
    const next = normaliseIon(state({ ion: 'custom', cin: 30, cout: 3 }), new Set(['ion']));
    expect([next.cin, next.cout]).toEqual([30, 3]);
  });

  test('an ion that is only carried along, not given, keeps its concentrations', () => {
    const next = normaliseIon(state({ ion: 'Na', z: 1, cin: 40 }), new Set(['cin']));
    expect([next.cin, next.cout]).toEqual([40, 4]);
  });
});

describe('nernstOf and gradientOf', () => {
  test('the default state is K⁺ 140/4 mM at 37 °C, E = −95.0 mV', () => {
    expect(gradientOf(base)).toEqual({ z: 1, inside: 140, outside: 4 });
    const byHand = ((R * 310.15) / F) * Math.log(4 / 140);
    expect(nernstOf(base)).toBeCloseTo(byHand, 9);
    expect(nernstOf(base) * 1000).toBeCloseTo(-95.0, 1);
  });
});
