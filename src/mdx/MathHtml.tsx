import { useFocusableWhenScrolling } from './useFocusableWhenScrolling';

/**
 * Math typeset by KaTeX at build time (scripts/rehypeMathHtml.ts). The HTML comes from the
 * build, never from a reader or a URL; it is MathML, which screen readers read.
 */
export function MathHtml({ html, display = false }: { html: string; display?: boolean }) {
  return display ? (
    <DisplayMath html={html} />
  ) : (
    <span className="math-inline" dangerouslySetInnerHTML={{ __html: html }} />
  );
}

function DisplayMath({ html }: { html: string }) {
  const ref = useFocusableWhenScrolling<HTMLDivElement>('Equation, scrolls sideways');
  return <div ref={ref} className="math-display" dangerouslySetInnerHTML={{ __html: html }} />;
}
