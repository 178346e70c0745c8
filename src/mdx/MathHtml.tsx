/**
 * Math typeset by KaTeX at build time (scripts/rehypeMathHtml.ts). The HTML comes from the
 * build, never from a reader or a URL; it carries MathML for screen readers.
 */
export function MathHtml({ html, display = false }: { html: string; display?: boolean }) {
  return display ? (
    <div className="math-display" dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <span className="math-inline" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
