import { memo } from 'react';
import { splitSubscripts } from '../units';

/**
 * A plain-text label in HTML with its subscripts set as such: "E_K − V_m" shows as
 * E<sub>K</sub> − V<sub>m</sub>. An underscore of no size stays before each subscript, so
 * the accessible name and copied text are the label as written ("E_K − V_m"), not "EK" (a
 * visually hidden span, being positioned, would put a space into the name: "E_ K").
 * Memoised: readouts and plot captions re-render on every slider step, their labels
 * rarely change.
 */
export const Subscripted = memo(function Subscripted({ text }: { text: string }) {
  return splitSubscripts(text).map((run, i) =>
    run.subscript ? (
      <sub key={i}>
        <span className="subscript-mark">_</span>
        {run.text}
      </sub>
    ) : (
      run.text
    ),
  );
});
