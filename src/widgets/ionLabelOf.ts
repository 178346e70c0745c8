import { ionLabel } from './ions';
import { numberOf, type WidgetState } from './params';

/** A one-ion widget's ion as the reader sees it: K⁺, Cl⁻, or X²⁻ for a custom valence. */
export function ionLabelOf(state: WidgetState): string {
  return ionLabel(String(state.ion), numberOf(state, 'z'));
}
