/**
 * The HTML tags of a chapter that the MDX tag set renders with components of its own
 * (components.tsx). The build reads this list too: rehypeStaticHtml keeps these elements
 * as JSX rather than writing them into an HTML string.
 */
export const HTML_COMPONENT_TAGS = ['table', 'h2', 'h3'] as const;
