/**
 * The interface's words, one table per language. Chapters carry their own prose in
 * content/<lang>/; everything the shell itself says lives here, so a second language is a
 * second table (and a content folder), not a search through components.
 */
export const STRINGS = {
  en: {
    bookTitle: 'Membrane Potential',
    bookSubtitle: 'an explorable textbook of membrane electrophysiology',
    intro:
      'How do cells make a voltage out of salt water? Each chapter works from one idea to its equation, and every equation is a live widget: move a slider and the plot, the numbers and the exercises follow.',
    contents: 'Contents',
    chapter: 'Chapter',
    comingSoon: 'in preparation',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
} as const;

export type Language = keyof typeof STRINGS;
export type Strings = (typeof STRINGS)[Language];
