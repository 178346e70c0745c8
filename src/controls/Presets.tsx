import { memo } from 'react';
import { Subscripted } from '../common/Subscripted';

export type PresetChoice = { id: string; label: string };

type PresetsProps = {
  presets: readonly PresetChoice[];
  /** the preset whose values the state matches exactly, if any */
  active: string | null;
  onSelect: (id: string) => void;
};

/**
 * A row of named scenarios; the one the state matches is marked pressed. Memoised: a
 * slider step that leaves the matching preset as it was does not re-render the row.
 */
export const Presets = memo(function Presets({ presets, active, onSelect }: PresetsProps) {
  return (
    <div className="presets" role="group" aria-label="Presets">
      {presets.map((preset) => (
        <button
          key={preset.id}
          type="button"
          aria-pressed={active === preset.id}
          onClick={() => onSelect(preset.id)}
        >
          <Subscripted text={preset.label} />
        </button>
      ))}
    </div>
  );
});
