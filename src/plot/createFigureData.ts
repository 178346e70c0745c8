/** One data series of a plot, in data units (what the axes show, not pixels). */
export type Series = {
  /** the series' name, if the mark has one (a Line's label) */
  name?: string;
  points: readonly (readonly [number, number])[];
};

/** What a plot's CSV is made of: the axis labels as written and its series in order. */
export type FigureDataSnapshot = { x?: string; y?: string; series: Series[] };

/**
 * The data a Figure's marks register for export. It is held outside React state, so a
 * mark that registers or updates its series never re-renders the plot; the export reads
 * it only when the reader asks for a file.
 */
export type FigureData = {
  /** adds or replaces a mark's series; a replaced series keeps its place */
  setSeries(id: string, series: Series): void;
  removeSeries(id: string): void;
  setAxisLabel(axis: 'x' | 'y', label: string): void;
  removeAxisLabel(axis: 'x' | 'y'): void;
  snapshot(): FigureDataSnapshot;
};

export function createFigureData(): FigureData {
  // A Map keeps the order of first insertion, and set() on a present key keeps its place:
  // series stay in the order the marks first drew, however often they update.
  const series = new Map<string, Series>();
  const axes: { x?: string; y?: string } = {};
  return {
    setSeries: (id, value) => void series.set(id, value),
    removeSeries: (id) => void series.delete(id),
    setAxisLabel: (axis, label) => void (axes[axis] = label),
    removeAxisLabel: (axis) => void delete axes[axis],
    snapshot: () => ({ ...axes, series: [...series.values()] }),
  };
}
