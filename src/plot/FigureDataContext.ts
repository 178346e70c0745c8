import { createContext, useContext, useEffect, useId } from 'react';
import type { FigureData, Series } from './createFigureData';

/** The enclosing Figure's export data; null outside a Figure. */
export const FigureDataContext = createContext<FigureData | null>(null);

/**
 * Registers a mark's data with its Figure, for the CSV export. Registering happens in
 * effects, so it never re-renders the plot; the series keeps its place when it updates and
 * leaves when the mark unmounts.
 */
export function useSeries(name: string | undefined, points: Series['points']): void {
  const data = useContext(FigureDataContext);
  const id = useId();
  useEffect(() => {
    data?.setSeries(id, { name, points });
  }, [data, id, name, points]);
  // Removal is a separate effect so that an update (a new points array on every slider
  // step) replaces the series in place rather than deleting it and appending it last.
  useEffect(() => () => data?.removeSeries(id), [data, id]);
}

/** Registers an axis label (with its unit, as shown) as a CSV column heading. */
export function useAxisLabel(axis: 'x' | 'y', label: string): void {
  const data = useContext(FigureDataContext);
  useEffect(() => {
    data?.setAxisLabel(axis, label);
    return () => data?.removeAxisLabel(axis);
  }, [data, axis, label]);
}
