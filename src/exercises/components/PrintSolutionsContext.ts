import { createContext } from 'react';

/**
 * Where the chapter collects the worked solutions for printing at its end, or null when
 * the reader has not asked for them. Each Exercise renders its solution into it through
 * a portal, so the printed solutions carry the reader's current numbers.
 */
export const PrintSolutionsContext = createContext<HTMLElement | null>(null);
