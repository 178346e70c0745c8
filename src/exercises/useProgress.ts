import { useSyncExternalStore } from 'react';
import { loadProgress, saveProgress, type Progress } from './progress';

// One store for the page, shared by every exercise and the contents page.
let snapshot: { progress: Progress; notice: string | null } | null = null;
const listeners = new Set<() => void>();

function current() {
  snapshot ??= loadProgress();
  return snapshot;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records an exercise's state; if it cannot be saved, says so once. */
export function updateExercise(id: string, entry: { solved: boolean; set: number }) {
  const { progress, notice } = current();
  const next: Progress = { ...progress, exercises: { ...progress.exercises, [id]: entry } };
  const saved = saveProgress(next);
  snapshot = {
    progress: next,
    notice: saved
      ? notice
      : 'Exercise progress cannot be saved in this browser: its storage for this site is blocked or full. Progress saved earlier is kept.',
  };
  listeners.forEach((listener) => listener());
}

/** The saved progress and any notice about the store. */
export function useProgress() {
  return useSyncExternalStore(subscribe, current, current);
}
