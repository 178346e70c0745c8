import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import katex from 'katex';
import { SKIP, visitParents } from 'unist-util-visit-parents';

/**
 * A rehype plugin for MDX: typesets the math that remark-math marks
 * (<code class="language-math math-inline|math-display">) with KaTeX at build time, as
 * MathML, and replaces it with a <MathHtml html="…" display> element that carries the
 * markup as one string. The browser lays MathML out natively, so no typesetting code, CSS
 * or font files are shipped, screen readers read it, and it matches the MathML of the
 * exercises' worked solutions. Compared with rehype-katex's HTML+MathML output, which MDX
 * turns into thousands of JSX calls, a chapter's JavaScript is about a third the size.
 * Any TeX error fails the build (strict mode, throwOnError).
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
      const html = katex
        .renderToString(toText(node, { whitespace: 'pre' }), {
          displayMode: display,
          throwOnError: true,
          strict: 'error',
          output: 'mathml',
        })
        // In HTML, <math> needs no namespace attribute, and the TeX source that KaTeX keeps
        // in an <annotation> is shown to nobody: both only add bytes.
        .replace(' xmlns="http://www.w3.org/1998/Math/MathML"', '')
        .replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>/, '');
      const parent = ancestors.at(-1);
      const pre = display && parent?.type === 'element' && parent.tagName === 'pre' ? parent : null;
      const target = pre ?? node;
      const container = pre ? ancestors.at(-2) : parent;
      if (!container || !('children' in container)) return undefined;
      const replacement = {
        type: display ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
        name: 'MathHtml',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'html', value: html },
          ...(display ? [{ type: 'mdxJsxAttribute', name: 'display', value: null }] : []),
        ],
        children: [],
      } as unknown as RootContent;
      const index = container.children.indexOf(target as never);
      container.children.splice(index, 1, replacement as never);
      return SKIP;
    });
  };
}
