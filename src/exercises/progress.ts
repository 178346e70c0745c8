import { readStored, storageWorks, writeStored } from '../common/storage';

/** Saved progress: which exercises are solved and which numbers set each shows. */
export type Progress = {
  version: 1;
  exercises: Record<string, { solved: boolean; set: number }>;
};

export const PROGRESS_KEY = 'membrane-potential:progress:v1';

const EMPTY: Progress = { version: 1, exercises: {} };

/**
 * Reads progress. Anything unreadable (not JSON, another shape, another version) is
 * replaced by empty progress with a notice; a store that cannot be used at all gives
 * empty progress and a notice too. Never throws.
 */
export function loadProgress(): { progress: Progress; notice: string | null } {
  const raw = readStored(PROGRESS_KEY);
  if (raw === null) {
    return {
      progress: EMPTY,
      notice: storageWorks() ? null : 'Exercise progress cannot be saved in this browser.',
    };
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isProgress(parsed)) return { progress: parsed, notice: null };
  } catch {
    // fall through to the reset below
  }
  const saved = writeStored(PROGRESS_KEY, JSON.stringify(EMPTY));
  return {
    progress: EMPTY,
    notice: saved
      ? 'Saved exercise progress could not be read, so it was reset.'
      : 'Exercise progress cannot be saved in this browser.',
  };
}

export function saveProgress(progress: Progress): boolean {
  return writeStored(PROGRESS_KEY, JSON.stringify(progress));
}

function isProgress(value: unknown): value is Progress {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Progress>;
  if (
    candidate.version !== 1 ||
    typeof candidate.exercises !== 'object' ||
    candidate.exercises === null
  ) {
    return false;
  }
  return Object.values(candidate.exercises).every(
    (entry) =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.solved === 'boolean' &&
      Number.isInteger(entry.set) &&
      entry.set >= 0 &&
      entry.set < 1e6,
  );
}
