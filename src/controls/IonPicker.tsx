import { memo, useId } from 'react';

export type IonChoice = { value: string; label: string };

type IonPickerProps = {
  legend: string;
  options: readonly IonChoice[];
  value: string;
  onChange: (value: string) => void;
};

/**
 * A radio group of ions (K⁺, Na⁺, Cl⁻, Ca²⁺, custom …), operable by arrow keys.
 * Memoised: given the same options array and handler, a slider step elsewhere in the widget
 * leaves it alone. (React writes every re-rendered input's name and type again: on the nernst
 * widget, 24 attribute writes a step before the picker was memoised.)
 */
export const IonPicker = memo(function IonPicker({
  legend,
  options,
  value,
  onChange,
}: IonPickerProps) {
  const name = useId();
  return (
    <fieldset className="ion-picker">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="ion-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
});
