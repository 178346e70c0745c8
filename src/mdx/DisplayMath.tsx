import { useFocusableWhenScrolling } from './useFocusableWhenScrolling';

/**
 * Display math typeset by KaTeX at build time (scripts/rehypeMathHtml.ts), in a box that
 * scrolls sideways when the equation is wider than the page. The HTML comes from the
 * build, never from a reader or a URL; it is MathML, which screen readers read. (Inline
 * math needs no component: it is part of its paragraph's HTML.)
 */
export function DisplayMath({ html }: { html: string }) {
  const ref = useFocusableWhenScrolling<HTMLDivElement>('Equation, scrolls sideways');
  return (
    <div ref={ref} className="math-display katex" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
