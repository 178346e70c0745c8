import {
  AVOGADRO,
  debyeLength,
  ELEMENTARY_CHARGE,
  FARADAY,
  GAS_CONSTANT,
  membraneCapacitance,
  membraneField,
  sphericalCellCharge,
  VACUUM_PERMITTIVITY,
} from '../../physics';
import { Abs, Frac, Id, MathBlock, Num, Op, Paren, Pow, Qty, Root, Sub } from '../math';
import type { ProblemKind, ProblemParam, SIParams } from '../ProblemKind';
import { concentration, distinct, temperature, ZERO_CELSIUS } from './shared';

// Problem kinds of chapter 4 (Debye screening and the membrane capacitor). Parameters arrive
// in SI: I and c in mM (= mol/m³), T in K, V in V, d and r in m, C in F/m².

const pure = (label: string, redraw?: ProblemParam['redraw']): ProblemParam => ({
  label,
  unit: '',
  ...(redraw ? { redraw } : {}),
});
const voltage: ProblemParam = {
  label: 'membrane potential',
  unit: 'mV',
  redraw: { min: -100, max: -40, scale: 'linear', digits: 2 },
};
const thickness: ProblemParam = {
  label: 'thickness',
  unit: 'nm',
  redraw: { min: 3, max: 10, scale: 'linear', digits: 2 },
};
const capacitance: ProblemParam = { label: 'specific capacitance', unit: 'µF/cm²' };
const valence: ProblemParam = { label: 'valence z', unit: '', integer: true };
const radius = (min: number, max: number): ProblemParam => ({
  label: 'cell radius',
  unit: 'µm',
  redraw: { min, max, scale: 'log', digits: 2 },
});

/** A number with a unit the unit table does not print (m², m³), in MathML. */
function NumUnit({ value, unit, digits = 4 }: { value: number; unit: string; digits?: number }) {
  return (
    <mrow>
      <Num value={value} options={{ digits }} />
      <mspace width="0.2em" />
      <mtext>{unit}</mtext>
    </mrow>
  );
}

// ---------- the Debye length ----------

export const debyeLengthProblem: ProblemKind = {
  id: 'debye-length',
  params: {
    I: concentration('ionic strength', 1, 300),
    T: temperature,
    er: pure('relative permittivity'),
  },
  answer: { label: 'λ_D', unit: 'nm', dimension: 'length', format: { digits: 3 } },
  solve: (p) => debyeLength(p.I!, p.T!, p.er!),
  mistakes: (p, lambda) => {
    const celsius = p.T! - ZERO_CELSIUS;
    return distinct(
      [
        {
          value: lambda * Math.sqrt(1000),
          message:
            'That uses I in mol/L. In SI the ionic strength is in mol/m³, and 1 mM is exactly 1 mol/m³: 150 mM is 150 mol/m³, not 0.150.',
        },
        {
          value: lambda * Math.SQRT2,
          message: 'The 2 in the denominator is missing: λ_D² = ε₀ε_rRT / (2F²I).',
        },
        {
          value: lambda / Math.sqrt(p.er!),
          message:
            'That leaves out the relative permittivity ε_r: water weakens the attraction, which thickens the cloud.',
        },
        ...(Math.abs(celsius) >= 1
          ? [
              {
                value: lambda * Math.sqrt(celsius / p.T!),
                message:
                  'That uses the temperature in °C. The formula needs kelvin: T = θ + 273.15 K.',
              },
            ]
          : []),
      ],
      lambda,
    );
  },
  steps: (p, lambda) => (
    <>
      <MathBlock>
        <Sub base="λ" sub="D" />
        <Op>=</Op>
        <Root>
          <Frac
            num={
              <>
                <Sub base="ε" sub="0" />
                <Sub base="ε" sub="r" />
                <Id>R</Id>
                <Id>T</Id>
              </>
            }
            den={
              <>
                <Num value={2} />
                <Pow base={<Id>F</Id>} exponent={<mn>2</mn>} />
                <Id>I</Id>
              </>
            }
          />
        </Root>
      </MathBlock>
      <MathBlock>
        <Sub base="λ" sub="D" />
        <Op>=</Op>
        <Root>
          <Frac
            num={
              <>
                <NumUnit value={VACUUM_PERMITTIVITY} unit="F/m" />
                <Op>×</Op>
                <Num value={p.er!} options={{ digits: 4 }} />
                <Op>×</Op>
                <Num value={GAS_CONSTANT} options={{ digits: 4 }} />
                <Op>×</Op>
                <Qty value={p.T!} unit="K" options={{ decimals: 2 }} />
              </>
            }
            den={
              <>
                <Num value={2} />
                <Op>×</Op>
                <Pow base={<Num value={FARADAY} options={{ digits: 6 }} />} exponent={<mn>2</mn>} />
                <Op>×</Op>
                <NumUnit value={p.I!} unit="mol/m³" />
              </>
            }
          />
        </Root>
        <Op>=</Op>
        <Qty value={lambda} unit="nm" options={{ digits: 3 }} />
      </MathBlock>
    </>
  ),
};

// ---------- the membrane as a capacitor ----------

export const membraneFieldProblem: ProblemKind = {
  id: 'membrane-field',
  params: { V: voltage, d: thickness },
  answer: { label: 'E', unit: 'V/m', dimension: 'field', format: { digits: 3 } },
  solve: (p) => membraneField(p.V!, p.d!),
  mistakes: (p, field) =>
    distinct(
      [
        {
          value: -field,
          message:
            'The size is right but the sign is not: keep the sign of V_m (E = V_m/d, negative for a negative inside).',
        },
        {
          value: p.V! * p.d!,
          message: 'That multiplies the voltage by the thickness; the field is V_m divided by d.',
        },
        {
          value: field / 10,
          message: 'Check the thickness in metres: 1 nm = 10⁻⁹ m, so 5 nm is 5 × 10⁻⁹ m.',
        },
      ],
      field,
    ),
  steps: (p, field) => (
    <MathBlock>
      <Id>E</Id>
      <Op>=</Op>
      <Frac num={<Sub base="V" sub="m" />} den={<Id>d</Id>} />
      <Op>=</Op>
      <Frac
        num={<Qty value={p.V!} unit="V" options={{ digits: 4 }} />}
        den={<Qty value={p.d!} unit="m" options={{ digits: 4 }} />}
      />
      <Op>=</Op>
      <Qty value={field} unit="V/m" options={{ digits: 3 }} />
    </MathBlock>
  ),
};

const F_PER_M2 =
  'That is the value in F/m². Convert: 1 µF/cm² = 0.01 F/m², so multiply F/m² by 100.';

export const membraneCapacitanceProblem: ProblemKind = {
  id: 'membrane-capacitance',
  params: {
    er: pure('relative permittivity', { min: 2, max: 5, scale: 'linear', digits: 2 }),
    d: thickness,
  },
  answer: {
    label: 'C',
    unit: 'µF/cm²',
    dimension: 'specificCapacitance',
    format: { digits: 3 },
  },
  solve: (p) => membraneCapacitance(p.er!, p.d!),
  mistakes: (p, c) =>
    distinct(
      [
        { value: c / 100, message: F_PER_M2 },
        {
          value: c * 100,
          message:
            'The conversion went the wrong way: 1 µF/cm² = 0.01 F/m², so divide µF/cm² by 100.',
        },
        {
          value: c / p.er!,
          message: 'That leaves out ε_r: the lipid’s permittivity multiplies ε₀.',
        },
      ],
      c,
    ),
  steps: (p, c) => (
    <MathBlock>
      <Id>C</Id>
      <Op>=</Op>
      <Frac
        num={
          <>
            <Sub base="ε" sub="0" />
            <Sub base="ε" sub="r" />
          </>
        }
        den={<Id>d</Id>}
      />
      <Op>=</Op>
      <Frac
        num={
          <>
            <NumUnit value={VACUUM_PERMITTIVITY} unit="F/m" />
            <Op>×</Op>
            <Num value={p.er!} options={{ digits: 3 }} />
          </>
        }
        den={<Qty value={p.d!} unit="m" options={{ digits: 4 }} />}
      />
      <Op>=</Op>
      <Qty value={c} unit="F/m²" options={{ digits: 3 }} />
      <Op>=</Op>
      <Qty value={c} unit="µF/cm²" options={{ digits: 3 }} />
    </MathBlock>
  ),
};

/** The cell of a problem, from the physics core (concentration 1 mM if the problem has none). */
function cellOf(p: SIParams) {
  return sphericalCellCharge({
    radius: p.r!,
    specificCapacitance: p.C!,
    voltage: p.V!,
    z: p.z!,
    concentration: p.c ?? 1,
  });
}

const QUARTER =
  'That is a quarter of the answer: the membrane of a sphere has the area 4πr², with r the radius (not πr², and not the diameter in place of r).';
const CAPACITANCE_UNITS = [
  {
    factor: 100,
    message: 'Convert the capacitance to SI: 1 µF/cm² = 0.01 F/m², not 1 F/m².',
  },
  {
    factor: 1e-4,
    message:
      'Convert the area too: 1 µF/cm² is 10⁻⁶ F per 10⁻⁴ m², which makes 0.01 F/m² (not 10⁻⁶ F/m²).',
  },
];

/** The lines A = 4πr², Q = C·A·V, N = |Q|/(|z|e). */
function ChargeSteps({ p }: { p: SIParams }) {
  const cell = cellOf(p);
  return (
    <>
      <MathBlock>
        <Id>A</Id>
        <Op>=</Op>
        <Num value={4} />
        <Id>π</Id>
        <Pow base={<Id>r</Id>} exponent={<mn>2</mn>} />
        <Op>=</Op>
        <Num value={4} />
        <Id>π</Id>
        <Op>×</Op>
        <Pow
          base={
            <Paren>
              <Qty value={p.r!} unit="m" options={{ digits: 4 }} />
            </Paren>
          }
          exponent={<mn>2</mn>}
        />
        <Op>=</Op>
        <NumUnit value={cell.area} unit="m²" />
      </MathBlock>
      <MathBlock>
        <Id>Q</Id>
        <Op>=</Op>
        <Id>C</Id>
        <Op>·</Op>
        <Id>A</Id>
        <Op>·</Op>
        <Sub base="V" sub="m" />
        <Op>=</Op>
        <Qty value={p.C!} unit="F/m²" options={{ digits: 4 }} />
        <Op>×</Op>
        <NumUnit value={cell.area} unit="m²" />
        <Op>×</Op>
        <Paren>
          <Qty value={p.V!} unit="V" options={{ digits: 4 }} />
        </Paren>
        <Op>=</Op>
        <Qty value={cell.charge} unit="C" options={{ digits: 4 }} />
      </MathBlock>
      <MathBlock>
        <Sub base="N" sub="moved" />
        <Op>=</Op>
        <Frac
          num={
            <Abs>
              <Id>Q</Id>
            </Abs>
          }
          den={
            <>
              <Abs>
                <Id>z</Id>
              </Abs>
              <Id>e</Id>
            </>
          }
        />
        <Op>=</Op>
        <Frac
          num={<Qty value={Math.abs(cell.charge)} unit="C" options={{ digits: 4 }} />}
          den={
            <>
              <Num value={Math.abs(p.z!)} options={{ digits: 1 }} />
              <Op>×</Op>
              <Qty value={ELEMENTARY_CHARGE} unit="C" options={{ digits: 4 }} />
            </>
          }
        />
        <Op>=</Op>
        <Num value={cell.ionsMoved} options={{ digits: 3 }} />
      </MathBlock>
    </>
  );
}

export const ionsToChargeProblem: ProblemKind = {
  id: 'ions-to-charge',
  params: { r: radius(2, 50), C: capacitance, V: voltage, z: valence },
  answer: { label: 'N', unit: 'ions', dimension: 'count', format: { digits: 3 } },
  solve: (p) => cellOf(p).ionsMoved,
  mistakes: (p, n) =>
    distinct(
      [
        { value: n / 4, message: QUARTER },
        {
          value: (n * p.r!) / 3,
          message:
            'That uses the volume, (4/3)πr³, where the charge sits on the membrane area, 4πr².',
        },
        ...CAPACITANCE_UNITS.map((m) => ({ value: n * m.factor, message: m.message })),
        ...(Math.abs(p.z!) !== 1
          ? [
              {
                value: n * Math.abs(p.z!),
                message: `Each ion carries z = ${p.z} elementary charges: divide |Q| by |z|·e.`,
              },
            ]
          : []),
      ],
      n,
    ),
  steps: (p) => <ChargeSteps p={p} />,
};

export const chargeFractionProblem: ProblemKind = {
  id: 'charge-fraction',
  params: {
    r: radius(0.2, 2),
    C: capacitance,
    V: voltage,
    z: valence,
    c: concentration('concentration inside', 50, 200),
  },
  answer: { label: 'fraction', unit: '', dimension: 'dimensionless', format: { digits: 3 } },
  solve: (p) => cellOf(p).fraction,
  mistakes: (p, f) =>
    distinct(
      [
        {
          value: 1 / f,
          message:
            'That is the ratio upside down: ions in the cell per ion moved. The fraction is ions moved / ions in the cell.',
        },
        {
          value: 2 * f,
          message:
            'That is twice the answer, as if r were the diameter: the fraction goes as 1/r, with r the radius.',
        },
        {
          value: f / 3,
          message: 'The factor 3 is missing: area over volume is 4πr² / ((4/3)πr³) = 3/r, not 1/r.',
        },
        { value: f / 4, message: QUARTER },
        ...CAPACITANCE_UNITS.map((m) => ({ value: f * m.factor, message: m.message })),
        ...(Math.abs(p.z!) !== 1
          ? [
              {
                value: f * Math.abs(p.z!),
                message: `Each ion carries z = ${p.z} elementary charges: fewer ions carry the charge.`,
              },
            ]
          : []),
      ],
      f,
    ),
  steps: (p, f) => {
    const cell = cellOf(p);
    return (
      <>
        <ChargeSteps p={p} />
        <MathBlock>
          <Sub base="N" sub="cell" />
          <Op>=</Op>
          <Id>c</Id>
          <Op>·</Op>
          <Frac num={<Num value={4} />} den={<Num value={3} />} />
          <Id>π</Id>
          <Pow base={<Id>r</Id>} exponent={<mn>3</mn>} />
          <Op>·</Op>
          <Sub base="N" sub="A" />
          <Op>=</Op>
          <NumUnit value={p.c!} unit="mol/m³" />
          <Op>×</Op>
          <NumUnit value={cell.volume} unit="m³" />
          <Op>×</Op>
          <Num value={AVOGADRO} options={{ digits: 4 }} />
          <Op>=</Op>
          <Num value={cell.ionsInCell} options={{ digits: 4 }} />
        </MathBlock>
        <MathBlock>
          <Frac num={<Sub base="N" sub="moved" />} den={<Sub base="N" sub="cell" />} />
          <Op>=</Op>
          <Frac
            num={<Num value={cell.ionsMoved} options={{ digits: 4 }} />}
            den={<Num value={cell.ionsInCell} options={{ digits: 4 }} />}
          />
          <Op>=</Op>
          <Num value={f} options={{ digits: 3 }} />
        </MathBlock>
      </>
    );
  },
};

export const fieldRatioProblem: ProblemKind = {
  id: 'field-ratio',
  params: {
    erWater: pure('relative permittivity of water'),
    erLipid: pure('relative permittivity of lipid', {
      min: 2,
      max: 10,
      scale: 'linear',
      digits: 2,
    }),
  },
  answer: {
    label: 'E_lipid / E_water',
    unit: '',
    dimension: 'dimensionless',
    format: { digits: 3 },
  },
  // Next to a sheet of charge σ, E = σ/(ε₀ε_r): with σ and ε₀ the same on both sides, the
  // ratio is ε_r,water / ε_r,lipid (a ratio of the parameters; no physics call is needed).
  solve: (p) => p.erWater! / p.erLipid!,
  mistakes: (p, ratio) =>
    distinct(
      [
        {
          value: 1 / ratio,
          message:
            'That is the ratio inverted: E = σ/(ε₀ε_r) is larger where ε_r is smaller, so the lipid has the stronger field.',
        },
        {
          value: p.erWater! - p.erLipid!,
          message:
            'That is the difference of the permittivities; the fields differ by their ratio.',
        },
      ],
      ratio,
    ),
  steps: (p, ratio) => (
    <MathBlock>
      <Frac num={<Sub base="E" sub="lipid" />} den={<Sub base="E" sub="water" />} />
      <Op>=</Op>
      <Frac num={<Sub base="ε" sub="r,water" />} den={<Sub base="ε" sub="r,lipid" />} />
      <Op>=</Op>
      <Frac
        num={<Num value={p.erWater!} options={{ digits: 4 }} />}
        den={<Num value={p.erLipid!} options={{ digits: 4 }} />}
      />
      <Op>=</Op>
      <Num value={ratio} options={{ digits: 3 }} />
    </MathBlock>
  ),
};
