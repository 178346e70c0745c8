import { describe, expect, test } from 'vitest';
import { parseRoute } from './route';

describe('parseRoute', () => {
  test('reads an empty hash and "#/" as the contents page', () => {
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
  });

  test('reads "#/nernst" as a chapter with no anchor', () => {
    expect(parseRoute('#/nernst')).toEqual({ page: 'chapter', slug: 'nernst', anchor: null });
  });

  test('reads the heading after a second "#" as the anchor', () => {
    expect(parseRoute('#/nernst#two-forces')).toEqual({
      page: 'chapter',
      slug: 'nernst',
      anchor: 'two-forces',
    });
  });

  test('decodes a percent-encoded anchor, as browsers write non-ASCII ids', () => {
    expect(parseRoute('#/activity#the-debyeh%C3%BCckel-law')).toMatchObject({
      anchor: 'the-debyehückel-law',
    });
    expect(parseRoute('#/activity#bad%E0')).toMatchObject({ anchor: 'bad%E0' });
  });

  test('reads a presentation route with its state', () => {
    const route = parseRoute('#/present/nernst?z=1&cin=7.5&cout=450&T=37');
    expect(route.page).toBe('present');
    if (route.page !== 'present') return;
    expect(route.widget).toBe('nernst');
    expect(route.search.get('cout')).toBe('450');
  });

  test('reads an embed route without a query', () => {
    const route = parseRoute('#/embed/energy');
    expect(route.page === 'embed' && route.widget).toBe('energy');
  });

  test('calls anything else not found, keeping at most 80 characters of it', () => {
    expect(parseRoute('#/a/b/c').page).toBe('not-found');
    expect(parseRoute('#nohash').page).toBe('not-found');
    const long = parseRoute(`#/${'x/'.repeat(100)}`);
    expect(long.page === 'not-found' && long.path.length).toBeLessThanOrEqual(80);
  });
});
