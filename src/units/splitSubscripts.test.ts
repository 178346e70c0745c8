import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitSubscripts } from './splitSubscripts';

const on = (text: string) => ({ text, subscript: false });
const sub = (text: string) => ({ text, subscript: true });

describe('splitSubscripts', () => {
  test('sets the letters after an underscore as a subscript', () => {
    expect(splitSubscripts('V_m')).toEqual([on('V'), sub('m')]);
    expect(splitSubscripts('λ_D (nm)')).toEqual([on('λ'), sub('D'), on(' (nm)')]);
  });

  test('ends a subscript at the first character that is not a letter or digit', () => {
    expect(splitSubscripts('E_K − V_m')).toEqual([on('E'), sub('K'), on(' − V'), sub('m')]);
    expect(splitSubscripts('|I(V_rev+60)|')).toEqual([on('|I(V'), sub('rev'), on('+60)|')]);
    expect(splitSubscripts('ln(γ_out/γ_in)')).toEqual([
      on('ln(γ'),
      sub('out'),
      on('/γ'),
      sub('in'),
      on(')'),
    ]);
  });

  test('leaves text without a subscript as one run, and an empty label as none', () => {
    expect(splitSubscripts('Cavity radius')).toEqual([on('Cavity radius')]);
    expect(splitSubscripts('')).toEqual([]);
  });

  test('keeps an underscore that follows no letter, or that nothing follows, as text', () => {
    expect(splitSubscripts('_m')).toEqual([on('_m')]);
    expect(splitSubscripts('a _ b')).toEqual([on('a _ b')]);
    expect(splitSubscripts('V_')).toEqual([on('V_')]);
  });

  test('gives back the label when an underscore is put before each subscript', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('V', 'a', '_', 'm', '1', ' ', '−', ')') }),
        (label) => {
          const joined = splitSubscripts(label)
            .map((run) => (run.subscript ? `_${run.text}` : run.text))
            .join('');
          expect(joined).toBe(label);
        },
      ),
    );
  });
});
