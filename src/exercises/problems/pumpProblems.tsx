import {
  ELEMENTARY_CHARGE,
  ghkVoltage,
  mullinsNodaPotential,
  pumpCurrent,
  sodiumRiseTime,
  thermalVoltage,
} from '../../physics';
import { Frac, Id, Ln, MathBlock, Num, Op, Qty, Sub } from '../math';
import type { ProblemKind, SIParams } from '../ProblemKind';
import { celsiusAsKelvin, concentration, temperature } from './shared';

const voltageAnswer = {
  label: 'V',
  unit: 'mV',
  dimension: 'voltage',
  format: { decimals: 1, sign: true },
} as const;

export const pumpCurrentProblem: ProblemKind = {
  id: 'pump-current',
  params: {
    rate: {
      label: 'turnover rate',
      unit: '1/s',
      redraw: { min: 20, max: 200, scale: 'linear', digits: 2 },
    },
    pumps: {
      label: 'number of pumps',
      unit: '',
      redraw: { min: 1e5, max: 1e7, scale: 'log', digits: 1 },
    },
    charges: { label: 'net charges per cycle', unit: '', integer: true },
  },
  answer: { label: 'I_pump', unit: 'pA', dimension: 'current', format: { digits: 3 } },
  tolerance: { relative: 0.01, absolute: 0 },
  solve: (p) =>
    pumpCurrent({ turnoverRate: p.rate!, netChargesPerCycle: p.charges!, pumps: p.pumps! }),
  mistakes: (p, i) => [
    {
      value: i * 3,
      message: 'Only one net charge leaves per cycle (3 Na⁺ out, 2 K⁺ in), not three.',
    },
    {
      value: i * 5,
      message:
        'The two K⁺ coming in cancel two of the three Na⁺ going out: one net charge per cycle.',
    },
    {
      value: i / p.pumps!,
      message: 'That is the current of one pump; multiply by the number of pumps.',
    },
  ],
  steps: (p, i) => (
    <MathBlock>
      <Id>I</Id>
      <Op>=</Op>
      <Id>n</Id>
      <Op>·</Op>
      <Id>e</Id>
      <Op>·</Op>
      <Id>f</Id>
      <Op>·</Op>
      <Id>N</Id>
      <Op>=</Op>
      <Num value={p.charges!} />
      <Op>×</Op>
      <Qty value={ELEMENTARY_CHARGE} unit="C" options={{ digits: 4 }} />
      <Op>×</Op>
      <Qty value={p.rate!} unit="1/s" />
      <Op>×</Op>
      <Num value={p.pumps!} options={{ digits: 3 }} />
      <Op>=</Op>
      <Qty value={i} unit="pA" options={{ digits: 3 }} />
    </MathBlock>
  ),
};

export const pumpShiftProblem: ProblemKind = {
  id: 'pump-shift',
  params: {
    Ip: {
      label: 'pump current',
      unit: 'pA',
      redraw: { min: 2, max: 30, scale: 'linear', digits: 2 },
    },
    g: {
      label: 'total conductance',
      unit: 'nS',
      redraw: { min: 1, max: 20, scale: 'linear', digits: 2 },
    },
  },
  answer: { label: 'ΔV', unit: 'mV', dimension: 'voltage', format: { digits: 3, sign: true } },
  tolerance: { relative: 0.01, absolute: 1e-5 },
  solve: (p) => -p.Ip! / p.g!,
  mistakes: (p, dv) => [
    {
      value: -dv,
      message: 'An outward pump current makes the inside more negative: the shift is −I/g.',
    },
    { value: -p.Ip! * p.g!, message: 'Ohm’s law: ΔV = −I/g, a current divided by a conductance.' },
  ],
  steps: (p, dv) => (
    <MathBlock>
      <Id>ΔV</Id>
      <Op>=</Op>
      <Op>−</Op>
      <Frac num={<Sub base="I" sub="pump" />} den={<Sub base="g" sub="total" />} />
      <Op>=</Op>
      <Op>−</Op>
      <Frac num={<Qty value={p.Ip!} unit="pA" />} den={<Qty value={p.g!} unit="nS" />} />
      <Op>=</Op>
      <Qty value={dv} unit="mV" options={{ digits: 3, sign: true }} />
    </MathBlock>
  ),
};

function pumpCell(p: SIParams) {
  return {
    K: { inside: p.Kin!, outside: p.Kout!, permeability: 1 },
    Na: { inside: p.Nain!, outside: p.Naout!, permeability: p.PNa! },
    pumpRatio: p.r!,
  };
}

export const mullinsNodaProblem: ProblemKind = {
  id: 'mullins-noda',
  params: {
    Kin: concentration('[K⁺] inside', 100, 160),
    Kout: concentration('[K⁺] outside', 2.5, 10),
    Nain: concentration('[Na⁺] inside', 5, 20),
    Naout: concentration('[Na⁺] outside', 120, 160),
    PNa: { label: 'P_Na/P_K', unit: '', redraw: { min: 0.01, max: 0.1, scale: 'log', digits: 2 } },
    r: { label: 'pump ratio', unit: '' },
    T: temperature,
  },
  answer: voltageAnswer,
  tolerance: { relative: 0.01, absolute: 2e-4 },
  solve: (p) => mullinsNodaPotential(pumpCell(p), p.T!),
  mistakes: (p, v) => [
    {
      value: ghkVoltage(
        [
          { z: 1, inside: p.Kin!, outside: p.Kout!, permeability: 1 },
          { z: 1, inside: p.Nain!, outside: p.Naout!, permeability: p.PNa! },
        ],
        p.T!,
      ),
      message: 'That is the GHK value (r = 1). Mullins–Noda weights K⁺ by the pump ratio r.',
    },
    {
      value: mullinsNodaPotential({ ...pumpCell(p), pumpRatio: 1 / p.r! }, p.T!),
      message: 'The ratio multiplies the K⁺ terms (r·P_K), not the Na⁺ terms.',
    },
    ...celsiusAsKelvin(v, p.T!),
  ],
  steps: (p, v) => (
    <MathBlock>
      <Id>V</Id>
      <Op>=</Op>
      <Qty value={thermalVoltage(p.T!)} unit="mV" options={{ digits: 4 }} />
      <Op>×</Op>
      <Ln>
        <Frac
          num={
            <>
              <Num value={p.r!} />
              <Op>×</Op>
              <Num value={p.Kout!} />
              <Op>+</Op>
              <Num value={p.PNa!} />
              <Op>×</Op>
              <Num value={p.Naout!} />
            </>
          }
          den={
            <>
              <Num value={p.r!} />
              <Op>×</Op>
              <Num value={p.Kin!} />
              <Op>+</Op>
              <Num value={p.PNa!} />
              <Op>×</Op>
              <Num value={p.Nain!} />
            </>
          }
        />
      </Ln>
      <Op>=</Op>
      <Qty value={v} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  ),
};

export const atpPerSecondProblem: ProblemKind = {
  id: 'atp-per-second',
  params: {
    INa: {
      label: 'Na⁺ leak current',
      unit: 'pA',
      redraw: { min: 5, max: 100, scale: 'linear', digits: 2 },
    },
  },
  answer: { label: 'ATP per second', unit: '1/s', dimension: 'rate', format: { digits: 3 } },
  tolerance: { relative: 0.01, absolute: 0 },
  // Na⁺ ions entering per second = I/e; each ATP pumps 3 of them out.
  solve: (p) => p.INa! / ELEMENTARY_CHARGE / 3,
  mistakes: (_p, atp) => [
    {
      value: atp * 3,
      message: 'That is the number of Na⁺ ions per second; each ATP moves three of them.',
    },
    { value: atp * 1.5, message: 'Each cycle moves 3 Na⁺ (and 2 K⁺): divide the Na⁺ count by 3.' },
  ],
  steps: (p, atp) => (
    <MathBlock>
      <Frac num={<Id>ATP</Id>} den={<Id>s</Id>} />
      <Op>=</Op>
      <Frac
        num={<Sub base="I" sub="Na" />}
        den={
          <>
            <Num value={3} />
            <Id>e</Id>
          </>
        }
      />
      <Op>=</Op>
      <Frac
        num={<Qty value={p.INa!} unit="A" options={{ digits: 3 }} />}
        den={
          <>
            <Num value={3} />
            <Op>×</Op>
            <Qty value={ELEMENTARY_CHARGE} unit="C" options={{ digits: 4 }} />
          </>
        }
      />
      <Op>=</Op>
      <Num value={atp} options={{ digits: 3 }} />
      <mtext> per second</mtext>
    </MathBlock>
  ),
};

export const rundownTimeProblem: ProblemKind = {
  id: 'rundown-time',
  params: { block: { label: 'fraction of pumps blocked', unit: '' } },
  answer: { label: 'time', unit: 'min', dimension: 'time', format: { digits: 3 } },
  tolerance: { relative: 0.03, absolute: 0 },
  solve: (p) => sodiumRiseTime(0.1, 1 - p.block!),
  mistakes: (_p, t) => [
    { value: t * 60, message: 'That looks like seconds; the question asks for minutes.' },
  ],
  steps: (p, t) => (
    <MathBlock>
      <msub>
        <mi>t</mi>
        <mtext>+10 %</mtext>
      </msub>
      <Op>=</Op>
      <Qty value={t} unit="min" options={{ digits: 3 }} />
      <mtext>{` (the book’s pump–leak cell with ${Math.round(p.block! * 100)} % of its pumps blocked)`}</mtext>
    </MathBlock>
  ),
};
