import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { unbufferedEndpoint } from './unbufferedEndpoint';

const R = 8.31446261815324;
const F = 96485.33212331001;
const BODY = 310.15;

/** E = (RT/zF)·ln(c_out/c_in), V: written out, not the physics core's. */
const nernstByHand = (z: number, inside: number, outside: number, temperature = BODY) =>
  ((R * temperature) / (z * F)) * Math.log(outside / inside);

/** The inside after charging to V, when charging to E takes the share f of those inside. */
const insideAfter = (z: number, inside: number, e: number, f: number, v: number) =>
  e === 0 ? inside : inside * (1 + (Math.sign(z) * f * v) / Math.abs(e));

const logConcentration = fc.double({ min: -5, max: 3, noNaN: true }).map((x) => 10 ** x);

describe('unbufferedEndpoint', () => {
  test('with no ions needed (f = 0) the concentrations hold and V stops at E', () => {
    const e = nernstByHand(1, 140, 4);
    const { voltage, inside } = unbufferedEndpoint({ z: 1, inside: 140, outside: 4 }, BODY, 0);
    expect(voltage).toBeCloseTo(e, 12);
    expect(inside).toBe(140);
  });

  test('equal concentrations give E = 0: V stays at 0', () => {
    expect(unbufferedEndpoint({ z: 2, inside: 3, outside: 3 }, BODY, 0)).toEqual({
      voltage: 0,
      inside: 3,
    });
  });

  test('Ca²⁺ 100 nM in / 2 mM out, 20.6 × the inside needed at E: V = (RT/2F)·ln(2/c_in(V)) = +95.4 mV', () => {
    const e = nernstByHand(2, 0.0001, 2);
    const f = 20.57;
    const { voltage, inside } = unbufferedEndpoint({ z: 2, inside: 0.0001, outside: 2 }, BODY, f);
    expect(inside).toBeCloseTo(insideAfter(2, 0.0001, e, f, voltage), 15);
    expect(voltage).toBeCloseTo(nernstByHand(2, inside, 2), 12);
    expect(voltage * 1000).toBeCloseTo(95.4, 1);
  });

  test('a cell that would run out first stops just short of empty: 1 µM K⁺ leaving needs 3800 × the inside', () => {
    const e = nernstByHand(1, 0.001, 1e-5); // −123 mV: K⁺ leaves
    const f = 3800;
    const { voltage, inside } = unbufferedEndpoint({ z: 1, inside: 0.001, outside: 1e-5 }, BODY, f);
    // Empty at V = −|E|/f = −32 µV; the last few ions hold V near there.
    expect(voltage).toBeLessThan(0);
    expect(voltage).toBeGreaterThan(-Math.abs(e) / f);
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThan(0.001);
  });

  test('for any ion, V lies between 0 and E, and is where V − E(c_in(V)) changes sign', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(-3, -2, -1, 1, 2, 3),
        logConcentration,
        logConcentration,
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 273.15, max: 318.15, noNaN: true }),
        (z, cin, cout, f, temperature) => {
          const e = nernstByHand(z, cin, cout, temperature);
          const { voltage, inside } = unbufferedEndpoint(
            { z, inside: cin, outside: cout },
            temperature,
            f,
          );
          expect(inside).toBeGreaterThan(0);
          expect(Math.abs(voltage)).toBeLessThanOrEqual(Math.abs(e));
          expect(voltage * e).toBeGreaterThanOrEqual(0);
          expect(inside).toBeCloseTo(insideAfter(z, cin, e, f, voltage), 9);
          // Short of the root, the changed inside's E still lies beyond V (or on it)…
          expect((nernstByHand(z, inside, cout, temperature) - voltage) * e).toBeGreaterThanOrEqual(
            -1e-12,
          );
          // …and a step of 10⁻⁹ V further on, past it (or the cell is empty).
          const further = voltage + Math.sign(e) * 1e-9;
          const insideFurther = insideAfter(z, cin, e, f, further);
          if (e !== 0 && Math.abs(further) <= Math.abs(e) && insideFurther > 0) {
            expect(
              (nernstByHand(z, insideFurther, cout, temperature) - further) * e,
            ).toBeLessThanOrEqual(1e-12);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
