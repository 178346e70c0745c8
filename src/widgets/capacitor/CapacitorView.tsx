import { Readout } from '../../controls';
import './capacitor.css';
import { Axis, Band, Figure, formatDecade, Label, linearScale, logScale } from '../../plot';
import { numberParam, ParamSlider } from '../ParamSlider';
import { PlotKey } from '../PlotKey';
import type { WidgetViewProps } from '../WidgetDefinition';
import { CAPACITOR_WORDS, describeCapacitor } from './describe';
import { capacitorResults, ionCountBars } from './model';
import { CAPACITOR_PARAMS } from './capacitorParams';

const WORDS = CAPACITOR_WORDS;
const READOUTS = WORDS.readouts;
const VALUES = WORDS.values;

/** Half a bar's height, in row units (the y domain is 0–2). */
const BAR = 0.25;

/** The capacitor widget: C, field and charge of the membrane; ions moved vs ions in the cell. */
export default function CapacitorView({ state, set }: WidgetViewProps) {
  const { capacitance, ratioToMeasured, field, chargeDensity, cell } = capacitorResults(state);
  const moved = cell.ionsMoved;
  const inCell = cell.ionsInCell;
  const bars = ionCountBars(moved, inCell);
  const [lo] = bars.domain;
  // The ions in the cell above the ions moved, each bar from the axis's start with its
  // label just above it.
  const rows = [
    {
      id: 'cell',
      y: 1.5,
      count: inCell,
      drawn: true,
      text: WORDS.inCellBar(inCell),
      tone: 'series-1',
    },
    {
      id: 'moved',
      y: 0.5,
      count: moved,
      drawn: bars.movedShown,
      text: WORDS.movedBar(moved),
      tone: 'series-2',
    },
  ] as const;

  return (
    <div className="widget-body">
      <div className="widget-controls">
        {/* ε_r first: its linear slider reaches its maximum exactly with End. */}
        {['er', 'd', 'V', 'r', 'c'].map((key) => (
          <ParamSlider
            key={key}
            param={numberParam(CAPACITOR_PARAMS, key)}
            state={state}
            set={set}
          />
        ))}
      </div>
      <div className="widget-results">
        <div className="readouts">
          <Readout {...READOUTS.capacitance} value={VALUES.capacitance(capacitance)} primary />
          <Readout {...READOUTS.measured} value={VALUES.measured} />
          <Readout {...READOUTS.field} value={VALUES.field(field)} />
          <Readout {...READOUTS.chargeDensity} value={VALUES.chargeDensity(chargeDensity)} />
        </div>
        <PlotKey text={WORDS.capacitanceKey(ratioToMeasured)} />
        <div className="readouts">
          <Readout {...READOUTS.moved} value={VALUES.count(moved)} />
          <Readout {...READOUTS.inCell} value={VALUES.count(inCell)} />
          <Readout {...READOUTS.fraction} value={VALUES.fraction(cell.fraction)} />
          <Readout {...READOUTS.oneIn} value={VALUES.oneIn(cell.fraction)} />
        </div>
        <Figure
          title={WORDS.plotTitle}
          description={describeCapacitor(state)}
          // Two bars and their labels read well in 170 px, and a 1280 × 800 projector then
          // shows the whole chart on its first screen, under the readouts and their note.
          height={170}
          margin={{ top: 12, left: 16, right: 24 }}
          scales={(width, height) => ({
            x: logScale(bars.domain, [0, width]),
            y: linearScale([0, 2], [height, 0]),
          })}
        >
          <Axis orient="bottom" label={WORDS.xAxis} format={formatDecade} grid />
          {rows.map(
            (row) =>
              row.drawn && (
                <Band
                  key={row.id}
                  x={[lo, row.count]}
                  y={[row.y - BAR, row.y + BAR]}
                  tone={row.tone}
                />
              ),
          )}
          {rows.map((row) => (
            <Label
              key={row.id}
              x={lo}
              y={row.y + BAR}
              dx={4}
              dy={-6}
              text={row.text}
              tone={row.tone}
            />
          ))}
        </Figure>
        <PlotKey text={WORDS.plotKey(bars.decadesShort)} />
      </div>
    </div>
  );
}
