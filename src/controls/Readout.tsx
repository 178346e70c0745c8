import type { ReactNode } from 'react';

type ReadoutProps = {
  /** the accessible name: what the value is, e.g. "E_K" or "Membrane potential" */
  name: string;
  /** the visible label, which may carry markup (subscripts) */
  label?: ReactNode;
  /** the value with its unit, formatted */
  value: string;
  /** a larger readout for the widget's main result */
  primary?: boolean;
};

/** A result: an <output> with an accessible name, showing value and unit. */
export function Readout({ name, label, value, primary = false }: ReadoutProps) {
  return (
    <div className={`readout${primary ? ' primary' : ''}`}>
      <span className="readout-label" aria-hidden="true">
        {label ?? name}
      </span>
      <output aria-label={name} className="readout-value">
        {value}
      </output>
    </div>
  );
}
