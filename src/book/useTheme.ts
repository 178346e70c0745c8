import { useEffect, useState } from 'react';
import { readStored, writeStored } from '../common/storage';

export type Theme = 'auto' | 'light' | 'projector';
const KEY = 'membrane-potential:theme:v1';
const THEMES: readonly Theme[] = ['auto', 'light', 'projector'];

/**
 * The reader's theme: 'auto' follows prefers-color-scheme (dark → the high-contrast
 * projector look); 'light' and 'projector' are chosen explicitly and remembered.
 * `fallback` is the theme when the reader has chosen none (presentation pages: projector).
 */
export function useTheme(fallback: Theme = 'auto') {
  const [chosen, setChosen] = useState<Theme | null>(() => {
    const stored = readStored(KEY);
    return THEMES.includes(stored as Theme) ? (stored as Theme) : null;
  });
  const theme = chosen ?? fallback;
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  const choose = (next: Theme) => {
    setChosen(next);
    writeStored(KEY, next);
  };
  return { theme, choose };
}
