import type { FigureData } from '../createFigureData';
import { downloadBlob, pngBlob, svgBlob } from './figureFiles';
import { fileName } from './fileName';
import { toCsv } from './toCsv';

export type FigureFormat = 'SVG' | 'PNG' | 'CSV';

type SaveFigureOptions = {
  /** the plot's title, which names the file */
  title: string;
  /** the plot's SVG on the page (the CSV needs only the data) */
  svg: SVGSVGElement | null;
  data: FigureData;
  /** a PNG's size as a multiple of the plot's on-screen size */
  scale: number;
};

/**
 * Makes one file of a plot (the SVG as it looks on the page, a PNG of it, or its data as
 * CSV) and saves it as a download named after the plot. The export toolbar loads this
 * module when a reader first asks for a file, so a page nobody saves from does not carry it.
 */
export async function saveFigure(
  format: FigureFormat,
  { title, svg, data, scale }: SaveFigureOptions,
): Promise<void> {
  let blob: Blob;
  if (format === 'CSV') {
    blob = new Blob([toCsv(data.snapshot())], { type: 'text/csv;charset=utf-8' });
  } else {
    if (!svg) throw new Error('the plot is not on the page');
    blob = format === 'SVG' ? svgBlob(svg) : await pngBlob(svg, scale);
  }
  downloadBlob(blob, fileName(title, format.toLowerCase()));
}
