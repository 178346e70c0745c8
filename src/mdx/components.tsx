import type { MDXComponents } from 'mdx/types';
import { Exercise, Hint, Solution, Value } from '../exercises';
import { Figure, Note, Recap } from './Aside';
import { H2, H3 } from './Heading';
import { MathHtml } from './MathHtml';
import { Table } from './Table';
import { Widget } from './Widget';

/**
 * The fixed tag set chapters may use (content/README.md), registered once. A chapter
 * naming anything else fails to render, which the browser tests catch.
 */
export const MDX_COMPONENTS: MDXComponents = {
  Widget,
  Exercise,
  Hint,
  Solution,
  Value,
  Note,
  Recap,
  Figure,
  MathHtml,
  table: Table,
  h2: H2,
  h3: H3,
};
