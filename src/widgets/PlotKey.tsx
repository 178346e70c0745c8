import { memo } from 'react';
import { splitSubscripts } from '../units';

/**
 * A widget's note under or beside its plot, from plain text with its subscripts written
 * as in TeX without braces ("exp(−x/λ_D)", "P_K/P_Na"): each is set in a <sub>, without
 * the underscore, so the words can live in a widget's describe.ts as one sentence.
 * Memoised: it re-renders with its widget on every slider step, its text rarely changes.
 */
export const PlotKey = memo(function PlotKey({ text }: { text: string }) {
  return (
    <p className="plot-key">
      {splitSubscripts(text).map((run, i) =>
        run.subscript ? <sub key={i}>{run.text}</sub> : run.text,
      )}
    </p>
  );
});
