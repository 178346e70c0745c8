import type { ReactNode } from 'react';
import { Subscripted } from '../common/Subscripted';
import { useSettledValue } from '../common/useSettledValue';

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

/**
 * A result: an <output> with an accessible name, showing value and unit. An <output> is
 * a live region of its own, which would announce every step of a drag; it is silenced
 * and a hidden polite region says the value once it has settled.
 */
export function Readout({ name, label, value, primary = false }: ReadoutProps) {
  const settled = useSettledValue(value);
  return (
    <div className={`readout${primary ? ' primary' : ''}`}>
      <span className="readout-label" aria-hidden="true">
        {typeof label === 'string' || label === undefined ? (
          <Subscripted text={label ?? name} />
        ) : (
          label
        )}
      </span>
      <output aria-label={name} aria-live="off" className="readout-value">
        {value}
      </output>
      <span className="visually-hidden" aria-live="polite">
        {`${name}: ${settled}`}
      </span>
    </div>
  );
}
