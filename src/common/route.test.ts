import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatRoute, parseRoute, type LinkRoute, type Route } from './route';

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

describe('formatRoute', () => {
  test('writes the contents page, a chapter and a chapter’s heading', () => {
    expect(formatRoute({ page: 'home' })).toBe('#/');
    expect(formatRoute({ page: 'chapter', slug: 'ghk', anchor: null })).toBe('#/ghk');
    expect(formatRoute({ page: 'chapter', slug: 'ghk', anchor: 'two-forces' })).toBe(
      '#/ghk#two-forces',
    );
  });

  test('writes a heading id as it is, but for an escaped "%"', () => {
    expect(formatRoute({ page: 'chapter', slug: 'activity', anchor: 'debye–hückel' })).toBe(
      '#/activity#debye–hückel',
    );
    expect(formatRoute({ page: 'chapter', slug: 'activity', anchor: '100%-ions' })).toBe(
      '#/activity#100%25-ions',
    );
    const route = { page: 'chapter', slug: 'activity', anchor: 'ion%41' } as const;
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  test('writes a widget page with its state, and without a "?" when it has none', () => {
    const search = new URLSearchParams({ z: '1', cin: '7.5' });
    expect(formatRoute({ page: 'present', widget: 'nernst', search })).toBe(
      '#/present/nernst?z=1&cin=7.5',
    );
    expect(formatRoute({ page: 'embed', widget: 'energy', search: new URLSearchParams() })).toBe(
      '#/embed/energy',
    );
  });

  test('is undone by parseRoute, for any page a link can name', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
    const route: fc.Arbitrary<LinkRoute> = fc.oneof(
      fc.constant({ page: 'home' as const }),
      fc.record({
        page: fc.constant('chapter' as const),
        slug: name.filter((slug) => slug !== 'present' && slug !== 'embed'),
        anchor: fc.option(fc.string({ minLength: 1, unit: 'grapheme' }), { nil: null }),
      }),
      fc.record({
        page: fc.constantFrom('present' as const, 'embed' as const),
        widget: name,
        search: fc
          .array(fc.tuple(name, fc.string({ unit: 'grapheme' })), { maxLength: 6 })
          .map((pairs) => new URLSearchParams(pairs)),
      }),
    );
    // URLSearchParams has no enumerable fields, so compare its entries, not the object.
    const plain = (r: Route) =>
      'search' in r ? { ...r, search: [...r.search.entries()] } : (r as Route);
    fc.assert(
      fc.property(route, (r) => {
        expect(plain(parseRoute(formatRoute(r)))).toEqual(plain(r));
      }),
      { numRuns: 2000 },
    );
  });
});
