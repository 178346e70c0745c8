import { createContext } from 'react';

/**
 * Whether the Figures inside should end within the first screen where that costs them
 * little height (see fittedHeight): a presentation page sets it, so that a lecturer sees
 * the controls and the whole plot without scrolling. A chapter's plots keep their heights.
 */
export const FitToScreenContext = createContext(false);
