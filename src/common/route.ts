/** Where the reader is, read from the URL's hash (hash routes work on any static host). */
export type Route =
  | { page: 'home' }
  | { page: 'chapter'; slug: string; anchor: string | null }
  | { page: 'present' | 'embed'; widget: string; search: URLSearchParams }
  | { page: 'not-found'; path: string };

/**
 * '#/' → home; '#/nernst' → a chapter; '#/nernst#two-forces' → a chapter scrolled to a
 * heading; '#/present/nernst?z=1&cin=7.5' and '#/embed/…' → one widget with its state.
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  if (raw === '' || raw === '/') return { page: 'home' };
  if (!raw.startsWith('/')) return { page: 'not-found', path: raw.slice(0, 80) };
  const [pathAndQuery = '', anchor = null] = splitOnce(raw.slice(1), '#');
  const [path = '', query = ''] = splitOnce(pathAndQuery, '?');
  const parts = path.split('/').filter(Boolean);
  if ((parts[0] === 'present' || parts[0] === 'embed') && parts.length === 2 && parts[1]) {
    return { page: parts[0], widget: parts[1], search: new URLSearchParams(query ?? '') };
  }
  if (parts.length === 1 && parts[0])
    return { page: 'chapter', slug: parts[0], anchor: decoded(anchor) };
  return { page: 'not-found', path: path.slice(0, 80) };
}

/** A page a link can name: every route but one the book does not have. */
export type LinkRoute = Exclude<Route, { page: 'not-found' }>;

/**
 * The hash that leads to `route`, the inverse of parseRoute: every link the book makes is
 * written here. A heading id is written as it is (the browser encodes what it must); only
 * its "%" is escaped, as parseRoute decodes percent-escapes. A state's query is written
 * only when it has keys.
 */
export function formatRoute(route: LinkRoute): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'chapter':
      return route.anchor === null
        ? `#/${route.slug}`
        : `#/${route.slug}#${route.anchor.replaceAll('%', '%25')}`;
    case 'present':
    case 'embed': {
      const query = route.search.toString();
      return `#/${route.page}/${route.widget}${query ? `?${query}` : ''}`;
    }
  }
}

function splitOnce(text: string, separator: string): [string, string | null] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}

/** Browsers percent-encode non-ASCII in the hash (ü → %C3%BC); heading ids are not encoded. */
function decoded(anchor: string | null): string | null {
  if (anchor === null) return null;
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}
