import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An <Exercise> as a chapter writes it: its id, problem kind, numbers and what New numbers varies. */
export type ChapterExercise = {
  chapter: string;
  id: string;
  problem: string;
  params: Record<string, number>;
  vary: string[];
};

const CONTENT = join(import.meta.dirname, '../../content');

/**
 * Every numeric <Exercise> of a language's chapters, read from the MDX source. The
 * attributes are written as the content README says: id="…" problem="…"
 * params={{ key: number, … }} and optionally vary={["key", …]}.
 */
export function chapterExercises(language = 'en'): ChapterExercise[] {
  const folder = join(CONTENT, language);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .flatMap((file) => {
      const source = readFileSync(join(folder, file), 'utf8');
      return [...source.matchAll(/<Exercise\b([^>]*)>/g)].map((match) =>
        readExercise(file, match[1]!),
      );
    });
}

function readExercise(chapter: string, attributes: string): ChapterExercise {
  const text = (name: string) => attributes.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
  const params = attributes.match(/params=\{\{([^}]*)\}\}/)?.[1] ?? '';
  const vary = attributes.match(/vary=\{\[([^\]]*)\]\}/)?.[1] ?? '';
  return {
    chapter,
    id: text('id') ?? '',
    problem: text('problem') ?? '',
    params: Object.fromEntries(
      params
        .split(',')
        .map((pair) => pair.split(':').map((part) => part.trim()))
        .filter(([key]) => key)
        .map(([key, value]) => [key!, Number(value)]),
    ),
    vary: [...vary.matchAll(/"([^"]+)"/g)].map((m) => m[1]!),
  };
}
