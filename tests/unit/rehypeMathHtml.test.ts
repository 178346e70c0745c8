import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeMathHtml from '../../scripts/rehypeMathHtml';

/** remark-math's output for `$tex$` (inline) or `$$tex$$` (display, inside a <pre>). */
function mathCode(tex: string, display: boolean): Element {
  return {
    type: 'element',
    tagName: 'code',
    properties: { className: ['language-math', display ? 'math-display' : 'math-inline'] },
    children: [{ type: 'text', value: tex }],
  };
}

/** A tree of one block element holding `children`, after the plugin has run on it. */
function typeset(tagName: string, children: ElementContent[]): Root {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'element', tagName, properties: {}, children }],
  };
  rehypeMathHtml()(tree);
  return tree;
}

describe('rehypeMathHtml', () => {
  it('makes inline math a span of raw MathML, without the TeX source or namespace', () => {
    const tree = typeset('p', [{ type: 'text', value: 'So ' }, mathCode('E_\\mathrm{K}', false)]);
    const span = (tree.children[0] as Element).children[1] as Element;
    expect(span).toMatchObject({
      tagName: 'span',
      properties: { className: ['math-inline', 'katex'] },
    });
    const raw = span.children[0] as unknown as { type: string; value: string };
    expect(raw.type).toBe('raw');
    expect(raw.value).toMatch(/^<math><mrow><msub><mi>E<\/mi><mi mathvariant="normal">K<\/mi>/);
    expect(raw.value).toMatch(/<\/math>$/);
    expect(raw.value).not.toMatch(/semantics|annotation|xmlns|katex/);
  });

  it('replaces display math and its <pre> with a DisplayMath element carrying the MathML', () => {
    const tree = typeset('pre', [mathCode('V_m = V_\\text{in} - V_\\text{out}', true)]);
    expect(tree.children).toHaveLength(1);
    const node = tree.children[0] as unknown as {
      type: string;
      name: string;
      attributes: { name: string; value: string }[];
    };
    expect(node.type).toBe('mdxJsxFlowElement');
    expect(node.name).toBe('DisplayMath');
    expect(node.attributes[0]!.name).toBe('html');
    expect(node.attributes[0]!.value).toMatch(/^<math display="block">[\s\S]*<mtext>in<\/mtext>/);
    expect(node.attributes[0]!.value).not.toMatch(/semantics|annotation/);
  });

  it('fails the build on a TeX error', () => {
    expect(() => typeset('p', [mathCode('\\frac{', false)])).toThrow();
  });
});
