import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import type { ProblemKind } from './ProblemKind';
import {
  decadeSlopeProblem,
  electrochemicalEnergyProblem,
  nernstConcentrationProblem,
  nernstPotentialProblem,
} from './problems/nernst';
import { numbersForSet, paramsToSI, redrawInterval } from './redraw';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const K_NEURON = { z: 1, cin: 140, cout: 4, T: 37 };
const VARY = ['cin', 'cout'] as const;
/** The Nernst kind without its story (which keeps a mammalian cell's ≤ 160 mM): the draws alone. */
const NO_STORY: ProblemKind = { ...nernstPotentialProblem, story: undefined };

/** Whether x has no more than `digits` significant digits. */
const hasDigits = (x: number, digits: number) => Number(x.toPrecision(digits)) === x;

describe('numbersForSet', () => {
  test('set 0 is the chapter’s own numbers', () => {
    expect(numbersForSet(nernstPotentialProblem, 'nernst-k-neuron', K_NEURON, VARY, 0)).toEqual(
      K_NEURON,
    );
  });

  test('with nothing to vary, every set is the chapter’s own numbers', () => {
    for (const set of [1, 2, 50]) {
      expect(numbersForSet(nernstPotentialProblem, 'x', K_NEURON, [], set)).toEqual(K_NEURON);
    }
  });

  test('a set is the same every time for the same exercise and set number', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1e5 }), (id, set) => {
        const first = numbersForSet(nernstPotentialProblem, id, K_NEURON, VARY, set);
        const again = numbersForSet(nernstPotentialProblem, id, K_NEURON, VARY, set);
        expect(again).toEqual(first);
      }),
    );
  });

  test('sets differ from each other and from the chapter’s numbers', () => {
    const sets = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify(numbersForSet(NO_STORY, 'nernst-k-neuron', K_NEURON, VARY, i)),
    );
    expect(new Set(sets).size).toBe(sets.length);
  });

  test('the same set number differs between exercises', () => {
    const ids = [
      'nernst-k-neuron',
      'nernst-chloride-sign',
      'nernst-swap-sides',
      'nernst-squid-cold',
    ];
    for (const set of [1, 2, 3]) {
      const drawn = ids.map((id) =>
        JSON.stringify(numbersForSet(nernstPotentialProblem, id, K_NEURON, VARY, set)),
      );
      expect(new Set(drawn).size).toBe(ids.length);
    }
  });

  const cases: [string, ProblemKind, Record<string, number>, string[]][] = [
    ['nernst-potential', nernstPotentialProblem, K_NEURON, ['cin', 'cout']],
    ['nernst-concentration', nernstConcentrationProblem, { z: 1, cin: 140, E: -80, T: 37 }, ['E']],
    ['decade-slope', decadeSlopeProblem, { z: 1, T: 37 }, ['T']],
    [
      'electrochemical-energy',
      electrochemicalEnergyProblem,
      { z: 1, cin: 12, cout: 145, T: 37, V: -70 },
      ['V', 'cin', 'z'],
    ],
  ];

  test.each(cases)(
    '%s: drawn values lie in the redraw range with the declared digits, and other keys never change',
    (_, problem, base, vary) => {
      fc.assert(
        fc.property(fc.string(), fc.integer({ min: 1, max: 1e6 }), (id, set) => {
          const drawn = numbersForSet(problem, id, base, vary, set);
          expect(Object.keys(drawn).sort()).toEqual(Object.keys(base).sort());
          for (const [key, value] of Object.entries(drawn)) {
            const range = problem.params[key]?.redraw;
            if (!vary.includes(key) || !range) {
              // not varied, or (like z) with no range to draw from
              expect(value).toBe(base[key]);
              continue;
            }
            expect(value).toBeGreaterThanOrEqual(range.min);
            expect(value).toBeLessThanOrEqual(range.max);
            expect(hasDigits(value, range.digits)).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  test('draws near the chapter’s numbers: within ×/÷ 1.5 on a log scale, spread evenly in the log', () => {
    const drawn = Array.from(
      { length: 400 },
      (_, set) => numbersForSet(NO_STORY, 'spread', K_NEURON, ['cin'], set + 1).cin!,
    );
    // cin = 140 mM drawn log-uniformly from 93.3–210 mM: half the draws fall below 140.
    expect(Math.min(...drawn)).toBeGreaterThanOrEqual(93);
    expect(Math.max(...drawn)).toBeLessThanOrEqual(210);
    const below = drawn.filter((c) => c < 140).length / drawn.length;
    expect(below).toBeGreaterThan(0.4);
    expect(below).toBeLessThan(0.6);
  });

  test('draws a linear parameter within a fifth of its range either side of the chapter’s value', () => {
    // V in the driving-force problem: −70 mV in a range of −90 to −50 mV, so −78 to −62 mV.
    expect(redrawInterval({ min: -90, max: -50, scale: 'linear', digits: 2 }, -70)).toEqual([
      -78, -62,
    ]);
    // and never past the range's own ends
    expect(redrawInterval({ min: 5, max: 40, scale: 'linear', digits: 2 }, 37)).toEqual([30, 40]);
    expect(redrawInterval({ min: 2, max: 400, scale: 'log', digits: 2 }, 300)).toEqual([200, 400]);
  });

  test('keeps the story the chapter’s numbers tell: a set whose facts differ is drawn again', () => {
    const gradient: ProblemKind = {
      ...nernstPotentialProblem,
      story: (p) => ({ moreInside: p.cin! > p.cout! }),
    };
    const base = { z: 1, cin: 10, cout: 12, T: 37 };
    for (let set = 1; set <= 60; set++) {
      const drawn = numbersForSet(gradient, 'story', base, ['cin', 'cout'], set);
      expect(drawn.cin! > drawn.cout!).toBe(false);
    }
  });

  test('every set it returns is one the problem accepts', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1e6 }), (id, set) => {
        const drawn = numbersForSet(nernstPotentialProblem, id, K_NEURON, VARY, set);
        expect(nernstPotentialProblem.accepts!(paramsToSI(nernstPotentialProblem, drawn))).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });

  test('draws again when a set is not accepted, and gives up with the chapter’s numbers', () => {
    const picky: ProblemKind = {
      ...nernstPotentialProblem,
      accepts: (p) => p.cin! > 200,
    };
    for (let set = 1; set <= 30; set++) {
      const drawn = numbersForSet(picky, 'picky', K_NEURON, ['cin'], set);
      expect(drawn.cin === K_NEURON.cin || drawn.cin! > 200).toBe(true);
    }
    let calls = 0;
    const never: ProblemKind = {
      ...nernstPotentialProblem,
      accepts: () => {
        calls++;
        return false;
      },
    };
    expect(numbersForSet(never, 'never', K_NEURON, ['cin'], 3)).toEqual(K_NEURON);
    expect(calls).toBeGreaterThan(1);
  });
});

describe('paramsToSI', () => {
  test('converts °C to K and mV to V; mM stays mM and a valence stays a number', () => {
    const si = paramsToSI(nernstConcentrationProblem, { z: 2, cin: 140, E: -80, T: 37 });
    expect(si.z).toBe(2);
    expect(si.cin).toBe(140);
    expect(si.E).toBeCloseTo(-0.08, 15);
    expect(si.T).toBeCloseTo(310.15, 10);
  });

  test('0 °C is 273.15 K', () => {
    expect(paramsToSI(decadeSlopeProblem, { z: 1, T: 0 }).T).toBeCloseTo(273.15, 10);
  });

  test('keeps only the problem’s parameters and refuses a missing one', () => {
    expect(Object.keys(paramsToSI(decadeSlopeProblem, { z: 1, T: 37, extra: 5 })).sort()).toEqual([
      'T',
      'z',
    ]);
    expect(() => paramsToSI(decadeSlopeProblem, { z: 1 })).toThrow(/T/);
  });
});
