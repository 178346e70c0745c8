import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import katex from 'katex';
import { SKIP, visitParents } from 'unist-util-visit-parents';

/**
 * A rehype plugin for MDX: typesets the math that remark-math marks
 * (<code class="language-math math-inline|math-display">) with KaTeX at build time, as
 * MathML. The browser lays MathML out natively, so no typesetting code, CSS or font files
 * are shipped, screen readers read it, and it matches the MathML of the exercises' worked
 * solutions. Inline math becomes <span class="math-inline katex"> holding the MathML as
 * raw HTML, which rehypeStaticHtml (run after this) writes into its paragraph's HTML
 * string; display math becomes a <DisplayMath html="…"> element (a box that scrolls
 * sideways on a narrow screen). Any TeX error fails the build (strict mode, throwOnError).
 */
export default function rehypeMathHtml() {
  return (tree: Root) => {
    visitParents(tree, 'element', (node: Element, ancestors) => {
      const classes = node.properties?.className;
      if (
        node.tagName !== 'code' ||
        !Array.isArray(classes) ||
        !classes.includes('language-math')
      ) {
        return undefined;
      }
      const display = classes.includes('math-display');
      const mathml = typeset(toText(node, { whitespace: 'pre' }), display);
      const parent = ancestors.at(-1);
      const pre = display && parent?.type === 'element' && parent.tagName === 'pre' ? parent : null;
      const target = pre ?? node;
      const container = pre ? ancestors.at(-2) : parent;
      if (!container || !('children' in container)) return undefined;
      const replacement = display
        ? {
            type: 'mdxJsxFlowElement',
            name: 'DisplayMath',
            attributes: [{ type: 'mdxJsxAttribute', name: 'html', value: mathml }],
            children: [],
          }
        : {
            type: 'element',
            tagName: 'span',
            properties: { className: ['math-inline', 'katex'] },
            children: [{ type: 'raw', value: mathml }],
          };
      const index = container.children.indexOf(target as never);
      container.children.splice(index, 1, replacement as unknown as RootContent as never);
      return SKIP;
    });
  };
}

/** TeX → a <math> element. */
function typeset(tex: string, display: boolean): string {
  return (
    katex
      .renderToString(tex, {
        displayMode: display,
        throwOnError: true,
        strict: 'error',
        output: 'mathml',
      })
      // KaTeX wraps the <math> in <span class="katex">, and the math in <semantics> with
      // the TeX source in an <annotation> that is shown to nobody; in HTML, <math> needs no
      // namespace attribute. All of that only adds bytes.
      .replace(/^<span class="katex">([\s\S]*)<\/span>$/, '$1')
      .replace(' xmlns="http://www.w3.org/1998/Math/MathML"', '')
      .replace(
        /<semantics>([\s\S]*)<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation><\/semantics>/,
        '$1',
      )
  );
}
