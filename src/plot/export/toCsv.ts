import type { FigureDataSnapshot } from '../createFigureData';

// A byte order mark: without it, spreadsheet programs read UTF-8 as a legacy code page
// and "µA/cm²" or "K⁺" arrive garbled.
const BOM = '\uFEFF';

/**
 * A plot's data as CSV (RFC 4180, CRLF line ends): a `series` column, then one column per
 * axis headed by the axis label as the plot shows it, units included. Values are written
 * in full with String(); points with a non-finite coordinate (gaps in a line) are left
 * out. A series without a name is called by its place, "series 1", "series 2", …
 * Text that a spreadsheet would take for a formula (a point labelled "+109.4 mV", a name
 * starting with "=", "-" or "@") gets a leading apostrophe, which shows it as text.
 */
export function toCsv({ x = 'x', y = 'y', series }: FigureDataSnapshot): string {
  const rows = [['series', asText(x), asText(y)]];
  series.forEach(({ name, points }, i) => {
    const label = asText(name ?? `series ${i + 1}`);
    for (const [px, py] of points) {
      if (Number.isFinite(px) && Number.isFinite(py)) rows.push([label, String(px), String(py)]);
    }
  });
  return BOM + rows.map((row) => `${row.map(quote).join(',')}\r\n`).join('');
}

/** Text that cannot start a formula in a spreadsheet (OWASP's advice for CSV files). */
function asText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A field in double quotes (inner quotes doubled) when it holds a comma, quote or line end. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
