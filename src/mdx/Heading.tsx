import { formatRoute } from '../common/route';
import { createContext, useContext, type ReactNode } from 'react';

/** The slug of the chapter being rendered, so heading links keep the hash route. */
export const ChapterSlugContext = createContext('');

type HeadingProps = { id?: string; children?: ReactNode };

function linkable(Tag: 'h2' | 'h3') {
  return function Heading({ id, children }: HeadingProps) {
    const slug = useContext(ChapterSlugContext);
    return (
      <Tag id={id} tabIndex={-1}>
        {children}
        {id && (
          <a
            className="heading-link"
            href={formatRoute({ page: 'chapter', slug, anchor: id })}
            aria-label="Link to this section"
          >
            #
          </a>
        )}
      </Tag>
    );
  };
}

/** Section headings with an anchor link that keeps the chapter's hash route. */
export const H2 = linkable('h2');
export const H3 = linkable('h3');
