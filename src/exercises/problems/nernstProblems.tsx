import {
  chemicalFreeEnergy,
  electrochemicalFreeEnergy,
  FARADAY,
  GAS_CONSTANT,
  nernstPotential,
  thermalVoltage,
} from '../../physics';
import { Frac, Id, Ln, MathBlock, Num, Op, Qty, Sub } from '../math';
import type { ProblemKind, ProblemParam, SIParams } from '../ProblemKind';
import { RtOverZf } from './RtOverZf';
import { celsiusAsKelvin, concentration, temperature, valenceNotDivided } from './shared';

const z: ProblemParam = { label: 'valence z', unit: '', integer: true };
const cin = concentration('inside concentration', 2, 400);
const cout = concentration('outside concentration', 2, 400);
const T = temperature;

const LOG10_MESSAGE =
  'That is the value with log₁₀ where the equation has ln. Either use ln, or multiply by ln 10 ≈ 2.303 (the “61.5 mV per tenfold” form at 37 °C).';

function ionGradient(p: SIParams) {
  return { z: p.z!, inside: p.cin!, outside: p.cout! };
}

function rtOverZF(p: SIParams) {
  return thermalVoltage(p.T!) / p.z!;
}

export const nernstPotentialProblem: ProblemKind = {
  id: 'nernst-potential',
  params: { z, cin, cout, T },
  answer: { label: 'E', unit: 'mV', dimension: 'voltage', format: { decimals: 1, sign: true } },
  tolerance: { relative: 0.01, absolute: 1e-4 },
  solve: (p) => nernstPotential(ionGradient(p), p.T!),
  accepts: (p) => Math.abs(Math.log(p.cout! / p.cin!)) > 0.2,
  mistakes: (p, e) => [
    {
      value: -e,
      message:
        'The size is right but the sign is not. The ratio is c_out / c_in (V_m is inside minus outside), and the sign of z matters.',
    },
    { value: e / Math.LN10, message: LOG10_MESSAGE },
    ...valenceNotDivided(e, p.z!, 'the value'),
    ...celsiusAsKelvin(e, p.T!),
  ],
  steps: (p, e) => (
    <>
      <MathBlock>
        <Id>E</Id>
        <Op>=</Op>
        <Frac num={<Id>RT</Id>} den={<Id>zF</Id>} />
        <Ln>
          <Frac num={<Sub base="c" sub="out" />} den={<Sub base="c" sub="in" />} />
        </Ln>
        <Op>=</Op>
        <RtOverZf p={p} />
        <Ln>
          <Frac num={<Qty value={p.cout!} unit="mM" />} den={<Qty value={p.cin!} unit="mM" />} />
        </Ln>
      </MathBlock>
      <MathBlock>
        <Id>E</Id>
        <Op>=</Op>
        <Qty value={rtOverZF(p)} unit="mV" options={{ digits: 4 }} />
        <Op>×</Op>
        <Num value={Math.log(p.cout! / p.cin!)} options={{ digits: 4 }} />
        <Op>=</Op>
        <Qty value={e} unit="mV" options={{ decimals: 1, sign: true }} />
      </MathBlock>
    </>
  ),
};

export const nernstConcentrationProblem: ProblemKind = {
  id: 'nernst-concentration',
  params: {
    z,
    cin,
    E: {
      label: 'equilibrium potential',
      unit: 'mV',
      redraw: { min: -100, max: -40, scale: 'linear', digits: 2 },
    },
    T,
  },
  answer: { label: 'c_out', unit: 'mM', dimension: 'concentration', format: { digits: 3 } },
  solve: (p) => p.cin! * Math.exp(p.E! / rtOverZF(p)),
  mistakes: (p, c) => [
    {
      value: p.cin! * Math.exp(-p.E! / rtOverZF(p)),
      message:
        'That is the concentration with inside and outside exchanged: solve E = (RT/zF)·ln(c_out/c_in) for c_out.',
    },
    {
      value: p.cin! * 10 ** (p.E! / rtOverZF(p)),
      message: 'That uses 10^x where the inverse of ln is e^x.',
    },
    ...celsiusAsKelvin(Math.log(c / p.cin!), p.T!).map((m) => ({
      value: p.cin! * Math.exp(m.value),
      message: m.message,
    })),
  ],
  steps: (p, c) => (
    <>
      <MathBlock>
        <Sub base="c" sub="out" />
        <Op>=</Op>
        <Sub base="c" sub="in" />
        <Op>·</Op>
        <msup>
          <mi>e</mi>
          <mrow>
            <Id>zFE</Id>
            <Op>/</Op>
            <Id>RT</Id>
          </mrow>
        </msup>
        <Op>=</Op>
        <Qty value={p.cin!} unit="mM" />
        <Op>·</Op>
        <msup>
          <mi>e</mi>
          <mrow>
            <Qty value={p.E!} unit="mV" options={{ digits: 3 }} />
            <Op>/</Op>
            <Qty value={rtOverZF(p)} unit="mV" options={{ digits: 4 }} />
          </mrow>
        </msup>
        <Op>=</Op>
        <Qty value={c} unit="mM" options={{ digits: 3 }} />
      </MathBlock>
    </>
  ),
};

export const decadeSlopeProblem: ProblemKind = {
  id: 'decade-slope',
  params: { z, T },
  answer: { label: 'ΔE per tenfold', unit: 'mV', dimension: 'voltage', format: { decimals: 1 } },
  solve: (p) => rtOverZF(p) * Math.LN10,
  mistakes: (p, s) => [
    {
      value: s / Math.LN10,
      message:
        'That is RT/zF itself, the change per e-fold ratio. A tenfold ratio multiplies it by ln 10 ≈ 2.303.',
    },
    { value: -s, message: 'The size is right; the sign follows the valence z.' },
    ...celsiusAsKelvin(s, p.T!),
  ],
  steps: (p, s) => (
    <MathBlock>
      <Id>ΔE</Id>
      <Op>=</Op>
      <Frac num={<Id>RT</Id>} den={<Id>zF</Id>} />
      <Id>ln</Id>
      <Num value={10} />
      <Op>=</Op>
      <Qty value={rtOverZF(p)} unit="mV" options={{ digits: 4 }} />
      <Op>×</Op>
      <Num value={Math.LN10} options={{ digits: 4 }} />
      <Op>=</Op>
      <Qty value={s} unit="mV" options={{ decimals: 1 }} />
    </MathBlock>
  ),
};

export const chemicalEnergyProblem: ProblemKind = {
  id: 'chemical-energy',
  params: { z, cin, cout, T },
  answer: {
    label: 'ΔG',
    unit: 'kJ/mol',
    dimension: 'molarEnergy',
    format: { digits: 3, sign: true },
  },
  tolerance: { relative: 0.01, absolute: 10 },
  solve: (p) => chemicalFreeEnergy(ionGradient(p), p.T!),
  accepts: (p) => Math.abs(Math.log(p.cout! / p.cin!)) > 0.2,
  mistakes: (p, g) => [
    {
      value: -g,
      message:
        'That is the energy for moving the ion the other way, from inside to outside: the ratio here is c_in / c_out.',
    },
    { value: g / Math.LN10, message: LOG10_MESSAGE },
    ...celsiusAsKelvin(g, p.T!),
  ],
  steps: (p, g) => (
    <MathBlock>
      <Sub base="ΔG" sub="chem" />
      <Op>=</Op>
      <Id>RT</Id>
      <Ln>
        <Frac num={<Sub base="c" sub="in" />} den={<Sub base="c" sub="out" />} />
      </Ln>
      <Op>=</Op>
      <Num value={GAS_CONSTANT} options={{ digits: 4 }} />
      <Op>×</Op>
      <Qty value={p.T!} unit="K" options={{ decimals: 2 }} />
      <Op>×</Op>
      <Ln>
        <Frac num={<Qty value={p.cin!} unit="mM" />} den={<Qty value={p.cout!} unit="mM" />} />
      </Ln>
      <Op>=</Op>
      <Qty value={g} unit="kJ/mol" options={{ digits: 3, sign: true }} />
    </MathBlock>
  ),
};

export const electrochemicalEnergyProblem: ProblemKind = {
  id: 'electrochemical-energy',
  params: {
    z,
    cin,
    cout,
    T,
    V: {
      label: 'membrane potential',
      unit: 'mV',
      redraw: { min: -90, max: -50, scale: 'linear', digits: 2 },
    },
  },
  answer: {
    label: 'ΔG',
    unit: 'kJ/mol',
    dimension: 'molarEnergy',
    format: { digits: 3, sign: true },
  },
  tolerance: { relative: 0.01, absolute: 10 },
  solve: (p) => electrochemicalFreeEnergy(ionGradient(p), p.V!, p.T!),
  mistakes: (p, g) => {
    const chemical = chemicalFreeEnergy(ionGradient(p), p.T!);
    const electrical = p.z! * FARADAY * p.V!;
    return [
      {
        value: chemical - electrical,
        message:
          'The electrical term has the wrong sign: moving charge z inward across V_m costs +zFV_m.',
      },
      {
        value: chemical,
        message: 'That is the chemical part alone; add the electrical part zFV_m.',
      },
      {
        value: electrical,
        message: 'That is the electrical part alone; add the chemical part RT·ln(c_in/c_out).',
      },
      {
        value: -g,
        message:
          'The size is right but the sign is not: this is the energy for moving the ion outward.',
      },
      ...celsiusAsKelvin(chemical, p.T!).map((m) => ({
        value: m.value + electrical,
        message: m.message,
      })),
    ];
  },
  steps: (p, g) => (
    <>
      <MathBlock>
        <Id>ΔG</Id>
        <Op>=</Op>
        <Id>RT</Id>
        <Ln>
          <Frac num={<Sub base="c" sub="in" />} den={<Sub base="c" sub="out" />} />
        </Ln>
        <Op>+</Op>
        <Id>z</Id>
        <Id>F</Id>
        <Sub base="V" sub="m" />
      </MathBlock>
      <MathBlock>
        <Id>ΔG</Id>
        <Op>=</Op>
        <Qty
          value={chemicalFreeEnergy(ionGradient(p), p.T!)}
          unit="kJ/mol"
          options={{ digits: 4, sign: true }}
        />
        <Op>+</Op>
        <mrow>
          <mo>(</mo>
          <Qty value={p.z! * FARADAY * p.V!} unit="kJ/mol" options={{ digits: 4, sign: true }} />
          <mo>)</mo>
        </mrow>
        <Op>=</Op>
        <Qty value={g} unit="kJ/mol" options={{ digits: 3, sign: true }} />
      </MathBlock>
    </>
  ),
};
