import { useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { formatNumber, type Dimension } from '../units';
import { readFieldValue } from './readFieldValue';
import { Subscripted } from '../common/Subscripted';

export type SliderProps = {
  /** what the value is, e.g. "[K⁺] inside" */
  label: string;
  /** the display unit, e.g. "mM", "°C", "mV" ('' for a pure number) */
  unit: string;
  /** what a typed unit must measure, so "0.14 M" or "−0.07 V" are read correctly */
  dimension: Dimension;
  /** the value in the display unit */
  value: number;
  min: number;
  max: number;
  /** the step of a linear slider, in the display unit */
  step?: number;
  /** a log slider moves in equal ratios (concentrations, permeabilities) */
  scale?: 'linear' | 'log';
  /** significant digits shown in the number field */
  digits?: number;
  onChange: (value: number) => void;
};

const LOG_STEPS = 240;

/**
 * A labelled slider with a number field beside it and the unit after it. Both work by
 * keyboard: the range input with arrows, Page Up/Down, Home and End; the field takes typed
 * values ("140", "1,5", "−95", "0.14 M" when the dimension allows) and Arrow Up/Down.
 * A value out of range or unreadable is shown as an error and not applied.
 */
export function Slider({
  label,
  unit,
  dimension,
  value,
  min,
  max,
  step,
  scale = 'linear',
  digits = 3,
  onChange,
}: SliderProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isLog = scale === 'log';
  const shown = formatNumber(value, { digits });
  const unitText = unit ? ` ${unit}` : '';
  const rangeValue = isLog ? Math.log10(value) : value;
  const rangeMin = isLog ? Math.log10(min) : min;
  const rangeMax = isLog ? Math.log10(max) : max;
  const rangeStep = isLog ? (rangeMax - rangeMin) / LOG_STEPS : (step ?? (max - min) / 100);

  const clampToRange = (v: number) => Math.min(max, Math.max(min, v));

  const onRange = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = Number(event.target.value);
    if (!Number.isFinite(raw)) return;
    setDraft(null);
    setError(null);
    onChange(clampToRange(isLog ? roundLog(10 ** raw) : raw));
  };

  const onField = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    const read = readFieldValue(text, { unit, dimension, min, max, digits });
    if ('error' in read) {
      setError(read.error);
      return;
    }
    setError(null);
    onChange(read.value);
  };

  const nudge = (direction: 1 | -1) => {
    const next = isLog
      ? 10 ** (Math.log10(value) + direction * rangeStep)
      : value + direction * (step ?? (max - min) / 100);
    setDraft(null);
    setError(null);
    onChange(clampToRange(isLog ? roundLog(next) : next));
  };

  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      nudge(event.key === 'ArrowUp' ? 1 : -1);
    } else if (event.key === 'Enter' || event.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
  };

  return (
    <div className="slider">
      <label htmlFor={`${id}-range`} className="slider-label">
        <Subscripted text={label} />
        {unit && <span className="slider-unit"> ({unit})</span>}
      </label>
      <div className="slider-row">
        <input
          id={`${id}-range`}
          type="range"
          min={rangeMin}
          max={rangeMax}
          step={rangeStep}
          value={rangeValue}
          aria-valuetext={`${shown}${unitText}`}
          onChange={onRange}
        />
        <input
          className="slider-field"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={`${label}${unit ? ` in ${unit}` : ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={draft ?? shown}
          onChange={onField}
          onKeyDown={onFieldKey}
          onBlur={() => {
            setDraft(null);
            setError(null);
          }}
        />
        <span className="slider-unit-after" aria-hidden="true">
          {unit}
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Log-slider values rounded to 3 significant digits, so URLs and fields stay readable. */
function roundLog(v: number): number {
  return Number(v.toPrecision(3));
}
