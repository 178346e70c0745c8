/** The book's chapters in reading order: the route slug, the number and one line each. */
export type ChapterInfo = {
  slug: string;
  number: number;
  title: string;
  summary: string;
};

export const CHAPTERS: readonly ChapterInfo[] = [
  {
    slug: 'nernst',
    number: 1,
    title: 'Equilibrium potential and the Nernst equation',
    summary:
      'One permeant ion, two forces: the concentration gradient pushes, the voltage it builds pulls back, and they balance at E = (RT/zF)·ln(c_out/c_in).',
  },
  {
    slug: 'ghk',
    number: 2,
    title: 'Many ions: the GHK equation and the resting potential',
    summary:
      'K⁺, Na⁺ and Cl⁻ pull at once; the resting potential is a permeability-weighted tug of war, and not an equilibrium.',
  },
  {
    slug: 'activity',
    number: 3,
    title: 'Activity, not concentration',
    summary:
      'Ions crowd and screen each other, so the effective concentration is the activity a = γc; Debye–Hückel says by how much.',
  },
  {
    slug: 'debye',
    number: 4,
    title: 'Electroneutrality, Debye screening and the membrane capacitor',
    summary:
      'Net charge hides within a nanometre of the membrane; a few million ions charge a 5 nm capacitor to −70 mV.',
  },
  {
    slug: 'pump',
    number: 5,
    title: 'The Na⁺/K⁺ pump and the non-equilibrium steady state',
    summary:
      'Leaks would run the gradients down; the pump spends ATP to keep them, and adds a few millivolts of its own.',
  },
];
