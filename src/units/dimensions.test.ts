import { describe, expect, test } from 'vitest';
import { describeDimension, dimensions, type Dimension } from './dimensions';
import { lookupUnit } from './lookupUnit';
import { parseQuantity } from './parseQuantity';

const ALL = Object.keys(dimensions) as Dimension[];

describe('dimensions', () => {
  test('lists the eighteen dimensions the book uses', () => {
    expect(ALL).toHaveLength(18);
  });

  test.each(ALL)('suggests for %s only units that exist and have that dimension', (d) => {
    for (const symbol of dimensions[d].suggestions) {
      expect(lookupUnit(symbol)?.dimension).toBe(d);
      expect(lookupUnit(symbol)?.symbol).toBe(symbol);
    }
  });

  test.each(ALL)('has an SI unit for %s that is in the table with factor 1', (d) => {
    const unit = lookupUnit(dimensions[d].siUnit);
    expect(unit).toBeDefined();
    expect(unit?.factor).toBe(1);
    expect(unit?.offset).toBe(0);
  });

  test.each(ALL)('gives for %s an example that parses as that dimension', (d) => {
    const result = parseQuantity(dimensions[d].example, {
      dimension: d,
      defaultUnit: dimensions[d].siUnit,
    });
    expect(result.ok).toBe(true);
  });

  test.each(ALL)('writes the example for %s with a Unicode minus if it is negative', (d) => {
    expect(dimensions[d].example).not.toMatch(/^-/);
  });

  test('describes a dimension with its article', () => {
    expect(describeDimension('voltage')).toBe('a voltage');
    expect(describeDimension('molarEnergy')).toBe('a molar energy');
    expect(describeDimension('field')).toBe('an electric field');
  });

  test.each(ALL)('uses the right article for %s', (d) => {
    const { article, name } = dimensions[d];
    expect(article).toBe(/^[aeiou]/.test(name) ? 'an' : 'a');
  });
});
