import { memo, useId, useState, type RefObject } from 'react';
import type { FigureData } from './createFigureData';
import type { FigureFormat } from './export/saveFigure';
import './export.css';

const SCALES = [1, 2, 3] as const;

type ExportToolbarProps = {
  /** the plot's title: names the files and tells apart the buttons of several plots */
  title: string;
  svg: RefObject<SVGSVGElement | null>;
  data: FigureData;
};

/**
 * Buttons under a plot that save it as SVG, as PNG at 1–3 times its size, or its data as
 * CSV. Each button's name ends with the plot's title (visually hidden), so a screen
 * reader's list of buttons says which plot each one saves. A file that cannot be made is
 * reported in a polite status line, never thrown. Memoised: its props stay the same while
 * the plot above it redraws, so a slider step does not re-render it.
 */
export const ExportToolbar = memo(function ExportToolbar({ title, svg, data }: ExportToolbarProps) {
  const scaleId = useId();
  const [scale, setScale] = useState<number>(2);
  const [problem, setProblem] = useState('');

  const save = async (format: FigureFormat) => {
    try {
      // The code that makes the files loads on the first click (from the offline cache
      // once the book is installed): most readers never save a plot.
      const { saveFigure } = await import('./export/saveFigure');
      await saveFigure(format, { title, svg: svg.current, data, scale });
      setProblem('');
    } catch (error) {
      const reason =
        error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, '')})` : '';
      setProblem(
        `The ${format} file could not be made${reason}.${format === 'PNG' ? ' The SVG file may still work.' : ''}`,
      );
    }
  };

  const of = <span className="visually-hidden"> of {title}</span>;
  return (
    <div className="plot-export">
      <button type="button" onClick={() => save('SVG')}>
        Download SVG{of}
      </button>
      <button type="button" onClick={() => save('PNG')}>
        Download PNG{of}
      </button>
      <span className="plot-export-scale">
        <label htmlFor={scaleId}>
          PNG scale<span className="visually-hidden"> for {title}</span>
        </label>
        <select
          id={scaleId}
          value={scale}
          onChange={(event) => setScale(Number(event.target.value))}
        >
          {SCALES.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </span>
      <button type="button" onClick={() => save('CSV')}>
        Download CSV<span className="visually-hidden"> of the data of {title}</span>
      </button>
      <span className="plot-export-status" role="status">
        {problem}
      </span>
    </div>
  );
});
