import { memo } from 'react';
import { splitSubscripts } from '../units';

/**
 * The content of an SVG <text> for a plain-text label, its subscripts lowered and smaller
 * ("V_m (mV)" shows as Vₘ (mV)). Plot text is hidden from assistive technology (the plot's
 * title and description say what it shows), so no underscore is kept. Memoised, as plots
 * redraw on every slider step.
 */
export const SvgSubscripted = memo(function SvgSubscripted({ text }: { text: string }) {
  return splitSubscripts(text).map((run, i) =>
    run.subscript ? (
      <tspan key={i} baselineShift="sub" fontSize="75%">
        {run.text}
      </tspan>
    ) : (
      run.text
    ),
  );
});
