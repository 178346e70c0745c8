/** A run of a label's text, set as a subscript or on the line. */
export type TextRun = { text: string; subscript: boolean };

// A subscript is written as in TeX without braces: an underscore right after a letter,
// digit or closing bracket, then letters and digits (V_m, E_Na, λ_D, γ_out, V_GHK). An
// underscore anywhere else is text.
const SUBSCRIPT = /(?<=[\p{L}\p{N})])_([\p{L}\p{N}]+)/gu;

/**
 * A plain-text label ("E_K − V_m") cut into the runs to set on the line and as subscripts
 * ('E', 'K'↓, ' − V', 'm'↓), so controls, readouts and plots can show V_m as Vₘ. The runs'
 * texts, with an underscore before each subscript, give back the label.
 */
export function splitSubscripts(label: string): readonly TextRun[] {
  // Most labels have no underscore, and plots re-render theirs on every slider step.
  if (!label.includes('_')) return label ? [{ text: label, subscript: false }] : [];
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of label.matchAll(SUBSCRIPT)) {
    if (match.index > last) runs.push({ text: label.slice(last, match.index), subscript: false });
    runs.push({ text: match[1]!, subscript: true });
    last = match.index + match[0].length;
  }
  if (last < label.length) runs.push({ text: label.slice(last), subscript: false });
  return runs;
}
