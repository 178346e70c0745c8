/** Escapes text for a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The HTML an instructor pastes into a learning-management system or slide to show one
 * widget: a full-width iframe of its embed page, lazy-loaded, with the widget's title as
 * the frame's accessible name.
 */
export function embedSnippet({
  url,
  title,
  height = 640,
}: {
  url: string;
  title: string;
  height?: number;
}): string {
  if (!Number.isFinite(height) || height <= 0) {
    throw new RangeError(`height: an iframe needs a positive height in pixels, not ${height}`);
  }
  return `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}
