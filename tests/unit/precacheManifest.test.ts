import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, precacheManifest, relativeUrl } from '../../scripts/precacheManifest';

const BUILD = [
  { fileName: 'index.html', source: '<!doctype html><script src="./assets/index-a1.js">' },
  { fileName: 'assets/index-a1.js', source: 'console.log(1)' },
  { fileName: 'assets/index-b2.css', source: 'body{}' },
  { fileName: 'favicon.svg', source: '<svg/>' },
  { fileName: 'icons/icon-192.png', source: new Uint8Array([137, 80, 78, 71]) },
  { fileName: 'manifest.webmanifest', source: '{}' },
];

describe('precacheManifest', () => {
  it('lists every file of the build, sorted, as relative URLs', () => {
    expect(precacheManifest(BUILD).urls).toEqual([
      'assets/index-a1.js',
      'assets/index-b2.css',
      'favicon.svg',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
    ]);
  });

  it('leaves out the worker itself, source maps and Vite metadata', () => {
    const { urls } = precacheManifest([
      ...BUILD,
      { fileName: 'sw.js', source: 'self' },
      { fileName: 'assets/index-a1.js.map', source: '{}' },
      { fileName: '.vite/manifest.json', source: '{}' },
    ]);
    expect(urls).toEqual(precacheManifest(BUILD).urls);
    expect(precacheManifest(BUILD, 'worker.js').urls).toContain('index.html');
    expect(precacheManifest([{ fileName: 'worker.js', source: '' }], 'worker.js').urls).toEqual([]);
  });

  it('normalises Windows separators and leading ./, and lists a file once', () => {
    const { urls } = precacheManifest([
      { fileName: 'assets\\a.js', source: 'a' },
      { fileName: './favicon.svg', source: 'b' },
      { fileName: 'favicon.svg', source: 'c' },
    ]);
    expect(urls).toEqual(['assets/a.js', 'favicon.svg']);
  });

  it('percent-encodes each path segment', () => {
    expect(relativeUrl('icons/a b#1?.png')).toBe('icons/a%20b%231%3F.png');
    expect(precacheManifest([{ fileName: 'x/ü.svg', source: '' }]).urls).toEqual(['x/%C3%BC.svg']);
  });

  it('names the cache by a hash that ignores the order of the files', () => {
    const { cacheName } = precacheManifest(BUILD);
    expect(cacheName).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{16}$`));
    expect(precacheManifest([...BUILD].reverse()).cacheName).toBe(cacheName);
  });

  it('gives a new cache name when a file is added, renamed or edited, even one whose name stays', () => {
    const { cacheName } = precacheManifest(BUILD);
    const added = [...BUILD, { fileName: 'assets/extra-c3.js', source: '' }];
    const renamed = BUILD.map((f) =>
      f.fileName === 'assets/index-b2.css' ? { ...f, fileName: 'assets/index-b3.css' } : f,
    );
    const edited = BUILD.map((f) =>
      f.fileName === 'manifest.webmanifest' ? { ...f, source: '{"name":"x"}' } : f,
    );
    const names = [added, renamed, edited].map((files) => precacheManifest(files).cacheName);
    expect(new Set([cacheName, ...names]).size).toBe(4);
  });

  it('hashes text and bytes alike', () => {
    const text = precacheManifest([{ fileName: 'a.txt', source: 'abc' }]).cacheName;
    const bytes = precacheManifest([
      { fileName: 'a.txt', source: new TextEncoder().encode('abc') },
    ]).cacheName;
    expect(bytes).toBe(text);
  });
});
