import { Subscripted } from '../common/Subscripted';

type LegendEntry = { label: string; tone: string; dashed?: boolean };

/** The key to a plot's series, as an HTML list below or beside it. */
export function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg width={28} height={12} aria-hidden="true">
            <line
              className={`mark-line ${entry.tone}${entry.dashed ? ' dashed' : ''}`}
              x1={2}
              x2={26}
              y1={6}
              y2={6}
            />
          </svg>
          <Subscripted text={entry.label} />
        </li>
      ))}
    </ul>
  );
}
