import { useId } from 'react';

export type IonChoice = { value: string; label: string };

type IonPickerProps = {
  legend: string;
  options: readonly IonChoice[];
  value: string;
  onChange: (value: string) => void;
};

/** A radio group of ions (K⁺, Na⁺, Cl⁻, Ca²⁺, custom …), operable by arrow keys. */
export function IonPicker({ legend, options, value, onChange }: IonPickerProps) {
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
}
