import type { Element, ElementContent, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeStaticHtml from '../../scripts/rehypeStaticHtml';

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (
  tagName: string,
  children: ElementContent[],
  properties: Element['properties'] = {},
): Element => ({ type: 'element', tagName, properties, children });
/** An MDX component in the tree, e.g. <Value name="cin" />. */
const component = (name: string, children: RootContent[] = []) =>
  ({ type: 'mdxJsxTextElement', name, attributes: [], children }) as unknown as ElementContent;

type JsxNode = {
  type: string;
  name: string;
  attributes: {
    name: string;
    value:
      | string
      | {
          data: {
            estree: { body: { expression: { properties: { value: { value: string } }[] } }[] };
          };
        };
  }[];
  children: unknown[];
};

/** The HTML string a converted element carries in dangerouslySetInnerHTML. */
function innerHtml(node: unknown): string {
  const attribute = (node as JsxNode).attributes.find((a) => a.name === 'dangerouslySetInnerHTML');
  if (!attribute || typeof attribute.value === 'string') throw new Error('no inner HTML');
  return attribute.value.data.estree.body[0]!.expression.properties[0]!.value.value;
}

function transform(children: RootContent[]): Root {
  const tree: Root = { type: 'root', children };
  rehypeStaticHtml({ components: ['h2', 'table'] })(tree);
  return tree;
}

describe('rehypeStaticHtml', () => {
  it('writes a static paragraph, raw MathML included, as one HTML string on the element', () => {
    const math = element('span', [{ type: 'raw', value: '<math><mi>E</mi></math>' } as never], {
      className: ['math-inline', 'katex'],
    });
    const [p] = transform([
      element('p', [text('The '), element('strong', [text('E & F')]), text(' is '), math]),
    ]).children as unknown as JsxNode[];
    expect(p).toMatchObject({ type: 'mdxJsxFlowElement', name: 'p', children: [] });
    expect(innerHtml(p)).toBe(
      'The <strong>E &#x26; F</strong> is <span class="math-inline katex"><math><mi>E</mi></math></span>',
    );
  });

  it('keeps the element’s class and plain attributes as JSX attributes', () => {
    const [ol] = transform([
      element('ol', [element('li', [element('em', [text('a')])])], { start: 3 }),
    ]).children as unknown as JsxNode[];
    expect(ol!.attributes[0]).toEqual({ type: 'mdxJsxAttribute', name: 'start', value: '3' });
    expect(innerHtml(ol)).toBe('<li><em>a</em></li>');
  });

  it('leaves text-only elements, components and tags the tag set renders as JSX', () => {
    const tree = transform([
      element('p', [text('Plain text.')]),
      element('h2', [text('A '), element('em', [text('heading')])], { id: 'a-heading' }),
      element('p', [text('Outside: '), component('Value'), text('.')]),
    ]);
    const [plain, heading, withValue] = tree.children as Element[];
    expect(plain).toMatchObject({ type: 'element', tagName: 'p' });
    expect(heading).toMatchObject({ type: 'element', tagName: 'h2' });
    expect(withValue).toMatchObject({ type: 'element', tagName: 'p' });
    expect((withValue!.children[1] as unknown as JsxNode).name).toBe('Value');
  });

  it('converts the static parts inside a component or a kept tag', () => {
    const tree = transform([
      element('table', [
        element('tbody', [element('tr', [element('td', [element('em', [text('x')])])])]),
      ]),
      component('Note', [
        element('p', [text('See '), element('code', [text('x')])]),
      ]) as RootContent,
    ]);
    const [table, note] = tree.children as unknown as (Element & JsxNode)[];
    expect(table!.tagName).toBe('table');
    expect(innerHtml(table!.children[0])).toBe('<tr><td><em>x</em></td></tr>');
    expect(innerHtml(note!.children[0])).toBe('See <code>x</code>');
  });

  it('leaves an element whose attributes are not plain as JSX, converting inside it', () => {
    const [section] = transform([
      element('section', [element('p', [element('em', [text('x')])])], { dataFootnotes: true }),
    ]).children as Element[];
    expect(section).toMatchObject({ type: 'element', tagName: 'section' });
    expect(innerHtml(section!.children[0])).toBe('<em>x</em>');
  });
});
