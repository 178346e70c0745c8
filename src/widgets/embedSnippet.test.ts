import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet';

describe('embedSnippet', () => {
  it('frames the embed URL at full width with the title as the accessible name', () => {
    const html = embedSnippet({
      url: 'https://example.org/book/#/embed/nernst?z=1&cin=7.5',
      title: 'The Nernst equation',
      height: 600,
    });
    expect(html).toBe(
      '<iframe src="https://example.org/book/#/embed/nernst?z=1&amp;cin=7.5" title="The Nernst equation" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('escapes quotes and markup in the title so the snippet stays one element', () => {
    const html = embedSnippet({ url: 'https://x/#/embed/a', title: 'A "quoted" <b>title</b>' });
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;"');
    expect(html.match(/</g)).toHaveLength(2);
  });

  it('throws a RangeError naming height for a height that is not a positive number', () => {
    for (const height of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => embedSnippet({ url: 'https://x/', title: 't', height })).toThrow(/^height/);
    }
  });
});
