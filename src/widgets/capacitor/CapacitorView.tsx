import { Readout } from '../../controls';
import './capacitor.css';
import {
  Axis,
  Band,
  decadeDomain,
  Figure,
  formatDecade,
  Label,
  linearScale,
  logScale,
} from '../../plot';
import { formatNumber, formatQuantity } from '../../units';
import { numberParam, ParamSlider } from '../ParamSlider';
import type { WidgetViewProps } from '../WidgetDefinition';
import {
  CAPACITOR_PARAMS,
  capacitorResults,
  describeCapacitor,
  formatCount,
  MEASURED_CAPACITANCE,
  oneIn,
} from './definition';

const BAR = 0.25;
const ROWS = { cell: 1.5, moved: 0.5 } as const;

/** The capacitor widget: C, field and charge of the membrane; ions moved vs ions in the cell. */
export default function CapacitorView({ state, set }: WidgetViewProps) {
  const { capacitance, field, chargeDensity, cell } = capacitorResults(state);
  const moved = cell.ionsMoved;
  const inCell = cell.ionsInCell;
  // A log axis from one ion (or fewer, if less than one ion's charge moves) to the larger count.
  // (A fraction of an ion's charge is possible for tiny cells at tiny voltages; the axis
  // stops at 10⁻³ ions.)
  const [lo, hi] = decadeDomain(
    Math.min(1, Math.max(moved, 1e-3)),
    Math.max(moved, inCell, 10) * 1.0001,
  );
  const ratioToMeasured = capacitance / MEASURED_CAPACITANCE;

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
          <Readout
            name="Specific capacitance"
            label="C = ε₀ε_r/d"
            value={formatQuantity(capacitance, 'µF/cm²', { digits: 3 })}
            primary
          />
          <Readout name="Measured membranes" label="measured membranes" value="≈ 1 µF/cm²" />
          <Readout
            name="Field in the membrane"
            label="field E = V_m/d"
            value={formatQuantity(field, 'V/m', { digits: 3 })}
          />
          <Readout
            name="Surface charge density"
            label="charge density σ = C·V_m"
            value={formatQuantity(chargeDensity, 'µC/cm²', { digits: 3, sign: true })}
          />
        </div>
        <p className="plot-key">
          {Math.abs(ratioToMeasured - 1) < 0.05
            ? 'This slab matches the measured value, with an effective thickness and permittivity fitted to it, not measured ones.'
            : `This ideal slab gives ${formatNumber(ratioToMeasured, { digits: 2 })} times the measured value.`}{' '}
          Real membranes reach about 1 µF/cm² because their hydrophobic core is thinner in places
          and the polar head groups, with the water among them, have a much higher ε<sub>r</sub>{' '}
          than the hydrocarbon tails.
        </p>
        <div className="readouts">
          <Readout name="Ions moved" label="K⁺ ions moved" value={formatCount(moved)} />
          <Readout
            name="Ions in the cell"
            label="K⁺ ions in the cell"
            value={formatCount(inCell)}
          />
          <Readout
            name="Fraction moved"
            label="fraction moved"
            value={formatNumber(cell.fraction, { digits: 3 })}
          />
          <Readout
            name="Ions moved per ion in the cell"
            label="that is"
            value={oneIn(cell.fraction)}
          />
        </div>
        <Figure
          title="Ions moved to charge the membrane against the K⁺ ions in the cell (log scale)"
          description={describeCapacitor(state)}
          // Two bars and their labels read well in 170 px, and a 1280 × 800 projector then
          // shows the whole chart on its first screen, under the readouts and their note.
          height={170}
          margin={{ top: 12, left: 16, right: 24 }}
          scales={(width, height) => ({
            x: logScale([lo, hi], [0, width]),
            y: linearScale([0, 2], [height, 0]),
          })}
        >
          <Axis orient="bottom" label="number of ions (log scale)" format={formatDecade} grid />
          <Band x={[lo, inCell]} y={[ROWS.cell - BAR, ROWS.cell + BAR]} tone="series-1" />
          {moved > lo && (
            <Band x={[lo, moved]} y={[ROWS.moved - BAR, ROWS.moved + BAR]} tone="series-2" />
          )}
          <Label
            x={lo}
            y={ROWS.cell + BAR}
            dx={4}
            dy={-6}
            text={`in the cell: ${formatCount(inCell)}`}
            tone="series-1"
          />
          <Label
            x={lo}
            y={ROWS.moved + BAR}
            dx={4}
            dy={-6}
            text={moved > 0 ? `moved: ${formatCount(moved)}` : 'moved: none at 0 mV'}
            tone="series-2"
          />
        </Figure>
        <p className="plot-key">
          The axis is logarithmic: each grid line is ten times the one before
          {moved > 0 && inCell > moved
            ? `, and the bar of ions moved stops ${formatNumber(Math.log10(inCell / moved), { digits: 2 })} decades short of the ions in the cell`
            : ''}
          . The cell is a sphere; the ions moved carry the charge C·4πr²·V<sub>m</sub>, one
          elementary charge each.
        </p>
      </div>
    </div>
  );
}
