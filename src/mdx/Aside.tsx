import type { ReactNode } from 'react';

const NOTE_TITLES = { info: 'Note', teacher: 'For teachers', warning: 'Watch out' } as const;

/** <Note kind="teacher">…</Note>: an aside. */
export function Note({
  kind = 'info',
  children,
}: {
  kind?: keyof typeof NOTE_TITLES;
  children?: ReactNode;
}) {
  return (
    <aside className={`note note-${kind}`} aria-label={NOTE_TITLES[kind]}>
      <p className="note-title">{NOTE_TITLES[kind]}</p>
      {children}
    </aside>
  );
}

/** <Recap>…</Recap>: the key points of a section. */
export function Recap({ children }: { children?: ReactNode }) {
  return (
    <aside className="recap" aria-label="Recap">
      <p className="note-title">Recap</p>
      {children}
    </aside>
  );
}

/** <Figure caption="…">…</Figure>: a static figure or table with its caption. */
export function Figure({ caption, children }: { caption: string; children?: ReactNode }) {
  return (
    <figure className="static-figure">
      {children}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
