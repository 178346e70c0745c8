// Long enough to tell plots apart, short enough for any file system and a download bar.
const MAX_SLUG = 60;

/**
 * A download's file name: the plot's title as a lower-case slug of letters and digits
 * (accents dropped, "K⁺" → "k", "ψ₀" → "ψ0") joined by hyphens, cut at a word end, plus
 * the extension. A title with nothing usable gives "plot".
 */
export function fileName(title: string, extension: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return `${slug || words[0]?.slice(0, MAX_SLUG) || 'plot'}.${extension}`;
}
