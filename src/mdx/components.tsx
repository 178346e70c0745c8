import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { Choice, Exercise, Hint, Option, Solution, Value } from '../exercises';
import { Figure, Note, Recap } from './Aside';
import { DisplayMath } from './DisplayMath';
import { H2, H3 } from './Heading';
import type { HTML_COMPONENT_TAGS } from './htmlComponentTags';
import { Table } from './Table';
import { Widget } from './Widget';

// Typed by the build's list, so that the two cannot drift apart.
const HTML_COMPONENTS: Record<(typeof HTML_COMPONENT_TAGS)[number], ComponentType> = {
  table: Table,
  h2: H2,
  h3: H3,
};

/**
 * The fixed tag set chapters may use (content/README.md), registered once. A chapter
 * naming anything else fails to render, which the browser tests catch.
 */
export const MDX_COMPONENTS: MDXComponents = {
  Widget,
  Exercise,
  Choice,
  Option,
  Hint,
  Solution,
  Value,
  Note,
  Recap,
  Figure,
  DisplayMath,
  ...HTML_COMPONENTS,
};
