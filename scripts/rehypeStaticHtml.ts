import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * A rehype plugin for MDX, run last: every element whose whole content is static (text,
 * plain elements, raw HTML such as rehypeMathHtml's MathML) is emitted as that element
 * with its content as one HTML string (`dangerouslySetInnerHTML`), instead of one JSX call
 * per node. A chapter's prose is mostly such paragraphs and lists, so its JavaScript is
 * smaller and the browser parses it as HTML. The strings come from the build, never from
 * a reader or a URL, and hold no script: the Content-Security-Policy is unchanged.
 *
 * `components` names the HTML tags that the MDX tag set renders with components
 * (src/mdx/components.tsx): those elements, and everything that is JSX (widgets,
 * exercises, …), stay JSX, and the static elements inside them become strings of their own.
 */
export default function rehypeStaticHtml({ components }: { components: readonly string[] }) {
  const componentTags = new Set(components);

  const isStatic = (node: RootContent): boolean =>
    node.type === 'text' ||
    node.type === 'raw' ||
    (node.type === 'element' &&
      !componentTags.has(node.tagName) &&
      node.children.every((child) => isStatic(child)));

  const transform = (parent: Root | Element | { children: RootContent[] }) => {
    parent.children = parent.children.map((child): never => {
      if (child.type === 'element' && isStatic(child)) {
        const attributes = jsxAttributes(child.properties);
        // Text alone is shorter as JSX children than as an HTML string.
        const markup = child.children.some((node) => node.type !== 'text');
        if (attributes && markup) return innerHtmlElement(child, attributes) as never;
      }
      if ('children' in child) transform(child as { children: RootContent[] });
      return child as never;
    });
  };

  return (tree: Root) => transform(tree);
}

/** A JSX attribute as MDX's hast holds one: a name and a literal or an expression. */
type JsxAttribute = {
  type: 'mdxJsxAttribute';
  name: string;
  value: string | { type: 'mdxJsxAttributeValueExpression'; value: string; data: object };
};

/**
 * The element's properties as JSX attributes, or null where they are not plain: a class
 * list and lowercase HTML attributes (id, href, start, …), which React names as HTML does.
 */
function jsxAttributes(properties: Properties): JsxAttribute[] | null {
  const attributes: JsxAttribute[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (name === 'className' && Array.isArray(value)) {
      attributes.push({ type: 'mdxJsxAttribute', name, value: value.join(' ') });
    } else if (/^[a-z]+$/.test(name) && (typeof value === 'string' || typeof value === 'number')) {
      attributes.push({ type: 'mdxJsxAttribute', name, value: String(value) });
    } else {
      return null;
    }
  }
  return attributes;
}

/** <tag …attributes dangerouslySetInnerHTML={{ __html: "…" }} />, as an MDX JSX node. */
function innerHtmlElement(element: Element, attributes: JsxAttribute[]) {
  const html = toHtml(element.children as ElementContent[], { allowDangerousHtml: true });
  const object = {
    type: 'ObjectExpression',
    properties: [
      {
        type: 'Property',
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
        key: { type: 'Identifier', name: '__html' },
        value: { type: 'Literal', value: html },
      },
    ],
  };
  const innerHtml: JsxAttribute = {
    type: 'mdxJsxAttribute',
    name: 'dangerouslySetInnerHTML',
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: `{__html: ${JSON.stringify(html)}}`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{ type: 'ExpressionStatement', expression: object }],
        },
      },
    },
  };
  return {
    type: 'mdxJsxFlowElement',
    name: element.tagName,
    attributes: [...attributes, innerHtml],
    children: [],
  };
}
