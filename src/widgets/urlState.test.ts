import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import {
  defaultState,
  paramFromSI,
  paramToSI,
  type NumberParam,
  type Param,
  type WidgetState,
} from './params';
import { WIDGETS } from './registry';
import { decodeState, encodeState } from './urlState';

// Property runs are many; on a loaded machine they may take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const numberParams = (params: readonly Param[]) =>
  params.filter((p): p is NumberParam => p.kind === 'number');

/** An in-range value in the reader's unit, drawn the way the slider spreads them. */
function displayValue(param: NumberParam): fc.Arbitrary<number> {
  if (param.integer) return fc.integer({ min: param.min, max: param.max });
  if (param.scale === 'log') {
    const [lo, hi] = [Math.log(param.min), Math.log(param.max)];
    return fc
      .double({ min: 0, max: 1, noNaN: true })
      .map((u) => Math.min(param.max, Math.max(param.min, Math.exp(lo + u * (hi - lo)))));
  }
  return fc.double({ min: param.min, max: param.max, noNaN: true });
}

/** A state with every parameter in range, as display values and in SI. */
function stateArbitrary(params: readonly Param[]) {
  const fields: Record<string, fc.Arbitrary<number | string>> = {};
  for (const param of params) {
    fields[param.key] =
      param.kind === 'number'
        ? displayValue(param)
        : fc.constantFrom(...param.options.map((o) => o.value));
  }
  return fc.record(fields).map((display) => {
    const state: WidgetState = {};
    for (const param of params) {
      const value = display[param.key]!;
      state[param.key] = param.kind === 'number' ? paramToSI(param, value as number) : value;
    }
    return { display, state };
  });
}

const decode = (params: readonly Param[], query: string) =>
  decodeState(params, new URLSearchParams(query));

/** The URL parameters for one key set to a number, written as String() writes it. */
const one = (key: string, value: number | string) => new URLSearchParams([[key, String(value)]]);

/** The notices decodeState may write: fixed sentences naming only the key. */
const NOTICE = /^(Ignored|Adjusted) “[A-Za-z]+”[^<>]*\.$/;

describe.each(WIDGETS.map((w) => [w.id, w] as const))('the %s widget’s URL', (_, widget) => {
  const { params } = widget;
  const defaults = defaultState(params);

  test('decode(encode(state)) gives the state back, within the encoded digits', () => {
    fc.assert(
      fc.property(stateArbitrary(params), ({ display, state }) => {
        const query = encodeState(params, state);
        const decoded = decode(params, query);
        expect(decoded.notices).toEqual([]);
        expect([...decoded.given].sort()).toEqual(params.map((p) => p.key).sort());
        for (const param of params) {
          const value = decoded.state[param.key];
          if (param.kind === 'choice') {
            expect(value).toBe(display[param.key]);
            continue;
          }
          const original = display[param.key] as number;
          const shown = paramFromSI(param, value as number);
          const digits = param.digits ?? 4;
          // Rounded to `digits` significant digits: within half a unit in the last place.
          const allowed =
            0.5 * 10 ** (1 - digits) * Math.abs(original) * (1 + 1e-9) +
            1e-9 * (param.max - param.min);
          expect(Math.abs(shown - original)).toBeLessThanOrEqual(allowed);
          if (param.integer) expect(shown).toBe(original);
        }
        // Encoding the decoded state writes the same URL again.
        expect(encodeState(params, decoded.state)).toBe(query);
      }),
      { numRuns: 300 },
    );
  });

  test('the default state is written in the reader’s units', () => {
    const search = new URLSearchParams(encodeState(params, defaults));
    for (const param of params) {
      const expected = param.kind === 'number' ? String(param.default) : (param.default as string);
      expect(search.get(param.key)).toBe(expected);
    }
  });

  test('an empty URL gives the default state, with no notices', () => {
    expect(decode(params, '')).toEqual({ state: defaults, notices: [], given: new Set() });
  });

  test('unknown keys are ignored', () => {
    const decoded = decode(
      params,
      'foo=1&__proto__=2&constructor=3&toString=x&CIN=5&Z=2&ion%20=Na&%3Cb%3E=1',
    );
    expect(decoded.state).toEqual(defaults);
    expect(decoded.notices).toEqual([]);
    expect(decoded.given.size).toBe(0);
  });

  const hostile = [
    'NaN',
    '',
    ' ',
    'Infinity',
    '-Infinity',
    '1e309',
    '-1e309',
    'abc',
    '<b>x</b>',
    'x'.repeat(5000),
  ];

  describe.each(numberParams(params).map((p) => [p.key, p] as const))(
    'number “%s”',
    (key, param) => {
      test.each(
        hostile.map((raw) => [
          raw.length > 40 ? `${raw.slice(0, 8)}… (${raw.length} chars)` : JSON.stringify(raw),
          raw,
        ]),
      )(
        'the hostile value %s falls back to the default or is clamped, with one notice that does not quote it',
        (_, raw) => {
          const decoded = decodeState(params, one(key, raw));
          const value = decoded.state[key] as number;
          const allowed = [defaults[key], paramToSI(param, param.min), paramToSI(param, param.max)];
          expect(allowed).toContain(value);
          expect(decoded.notices).toHaveLength(1);
          const notice = decoded.notices[0]!;
          expect(notice).toMatch(NOTICE);
          expect(notice).toContain(key);
          if (raw.trim() !== '') expect(notice).not.toContain(raw);
          // Nothing else moved.
          expect({ ...decoded.state, [key]: 0 }).toEqual({ ...defaults, [key]: 0 });
        },
      );

      test('a value above the range is clamped to the maximum, with an “Adjusted” notice', () => {
        const above = param.scale === 'log' ? param.max * 10 : param.max + 100;
        const decoded = decodeState(params, one(key, above));
        expect(decoded.state[key]).toBe(paramToSI(param, param.max));
        expect(decoded.notices).toHaveLength(1);
        expect(decoded.notices[0]).toMatch(/^Adjusted/);
        expect(decoded.given.has(key)).toBe(true);
      });

      test('a value below the range is clamped to the minimum, with an “Adjusted” notice', () => {
        const belows = [param.scale === 'log' ? param.min / 10 : param.min - 100, -1e300];
        if (param.min > -5) belows.push(-5);
        for (const below of belows) {
          const decoded = decodeState(params, one(key, below));
          expect(decoded.state[key]).toBe(paramToSI(param, param.min));
          expect(decoded.notices).toHaveLength(1);
          expect(decoded.notices[0]).toMatch(/^Adjusted/);
        }
      });

      test('a value in range is taken as given, in the reader’s unit', () => {
        const mid = param.integer
          ? Math.round((param.min + param.max) / 2)
          : (param.min + param.max) / 2;
        const decoded = decodeState(params, one(key, mid));
        expect(decoded.notices).toEqual([]);
        expect(decoded.state[key]).toBeCloseTo(paramToSI(param, mid), 12);
        expect(decoded.given).toEqual(new Set([key]));
      });
    },
  );

  test.each(['0x10', '0b11', '0o7'])(
    'the non-decimal value %j falls back to the default or is clamped, with one notice',
    (raw) => {
      // The URL is in decimal, as encodeState writes it and a reader would type it; JavaScript's
      // Number() also reads hexadecimal, binary and octal literals, which no one means here.
      for (const param of numberParams(params)) {
        const decoded = decodeState(params, one(param.key, raw));
        const allowed = [
          defaults[param.key],
          paramToSI(param, param.min),
          paramToSI(param, param.max),
        ];
        expect({ key: param.key, value: decoded.state[param.key] }).toEqual({
          key: param.key,
          value: expect.toBeOneOf(allowed),
        });
        expect({ key: param.key, notices: decoded.notices.length }).toEqual({
          key: param.key,
          notices: 1,
        });
      }
    },
  );

  describe.each(params.filter((p) => p.kind === 'choice').map((p) => [p.key, p] as const))(
    'choice “%s”',
    (key, param) => {
      test('accepts each offered option', () => {
        for (const option of param.options) {
          const decoded = decode(params, `${key}=${encodeURIComponent(option.value)}`);
          expect(decoded.state[key]).toBe(option.value);
          expect(decoded.notices).toEqual([]);
          expect(decoded.given.has(key)).toBe(true);
        }
      });

      test.each([
        '',
        'na',
        'k',
        'K ',
        'Potassium',
        '__proto__',
        'toString',
        'constructor',
        '<b>x</b>',
        '1',
        'x'.repeat(5000),
      ])('refuses %j, keeping the default with one notice', (raw) => {
        const decoded = decodeState(params, one(key, raw));
        expect(decoded.state[key]).toBe(param.default);
        expect(decoded.notices).toHaveLength(1);
        expect(decoded.notices[0]).toMatch(NOTICE);
        if (raw.trim().length > 1) expect(decoded.notices[0]).not.toContain(raw);
        expect(decoded.given.has(key)).toBe(false);
      });
    },
  );

  test('any query string decodes to an in-range state with only the fixed notices', () => {
    const keys = params.map((p) => p.key);
    const value = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.constantFrom('NaN', 'Infinity', '', '1e309', '0x10', 'K', 'Na', 'custom'),
    );
    const query = fc.oneof(
      fc.string(),
      fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), value), { maxLength: 8 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(query, (q) => {
        const decoded = decode(params, q);
        for (const param of params) {
          const v = decoded.state[param.key];
          if (param.kind === 'choice') {
            expect(param.options.map((o) => o.value)).toContain(v);
            continue;
          }
          expect(typeof v).toBe('number');
          const shown = paramFromSI(param, v as number);
          expect(Number.isFinite(shown)).toBe(true);
          expect(shown).toBeGreaterThanOrEqual(param.min - 1e-9);
          expect(shown).toBeLessThanOrEqual(param.max + 1e-9);
        }
        for (const notice of decoded.notices) expect(notice).toMatch(NOTICE);
        expect(decoded.notices.length).toBeLessThanOrEqual(params.length);
      }),
      { numRuns: 300 },
    );
  });
});
