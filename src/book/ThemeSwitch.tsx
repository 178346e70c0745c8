import type { Theme } from './useTheme';

const LABELS: Record<Theme, string> = { auto: 'Auto', light: 'Light', projector: 'Projector' };

/** Chooses the theme: auto (follows the system), light, or high-contrast projector. */
export function ThemeSwitch({
  theme,
  onChange,
}: {
  theme: Theme;
  onChange: (theme: Theme) => void;
}) {
  return (
    <label className="theme-switch">
      Theme{' '}
      <select value={theme} onChange={(event) => onChange(event.target.value as Theme)}>
        {(Object.keys(LABELS) as Theme[]).map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
