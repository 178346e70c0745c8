import {
  chordConductancePotential,
  ghkVoltage,
  GAS_CONSTANT,
  nernstPotential,
  reversalPotential,
  thermalVoltage,
} from '../../physics';
import { Frac, Id, Ln, MathBlock, Num, Op, Qty, Sub } from '../math';
import type { ProblemKind, ProblemParam, SIParams } from '../ProblemKind';
import { celsiusAsKelvin, concentration, temperature } from './shared';

const relative = (label: string, min: number, max: number): ProblemParam => ({
  label,
  unit: '',
  redraw: { min, max, scale: 'log', digits: 2 },
});
const voltageParam = (label: string, min: number, max: number): ProblemParam => ({
  label,
  unit: 'mV',
  redraw: { min, max, scale: 'linear', digits: 2 },
});

const GRADIENTS = {
  Kin: concentration('[K⁺] inside', 100, 160),
  Kout: concentration('[K⁺] outside', 2.5, 10),
  Nain: concentration('[Na⁺] inside', 5, 20),
  Naout: concentration('[Na⁺] outside', 120, 160),
  Clin: concentration('[Cl⁻] inside', 4, 20),
  Clout: concentration('[Cl⁻] outside', 100, 130),
};

function threeIons(p: SIParams) {
  return [
    { z: 1, inside: p.Kin!, outside: p.Kout!, permeability: 1 },
    { z: 1, inside: p.Nain!, outside: p.Naout!, permeability: p.PNa! },
    { z: -1, inside: p.Clin!, outside: p.Clout!, permeability: p.PCl! },
  ];
}

const voltageAnswer = {
  label: 'V_m',
  unit: 'mV',
  dimension: 'voltage',
  format: { decimals: 1, sign: true },
} as const;
const VOLTAGE_TOLERANCE = { relative: 0.01, absolute: 2e-4 };

/** Σ P·c written out, cations' outside with anions' inside (the GHK numerator). */
function GhkSums({ p, outside }: { p: SIParams; outside: boolean }) {
  const k = outside ? p.Kout! : p.Kin!;
  const na = outside ? p.Naout! : p.Nain!;
  const cl = outside ? p.Clin! : p.Clout!;
  return (
    <>
      <Num value={k} />
      <Op>+</Op>
      <Num value={p.PNa!} />
      <Op>·</Op>
      <Num value={na} />
      <Op>+</Op>
      <Num value={p.PCl!} />
      <Op>·</Op>
      <Num value={cl} />
    </>
  );
}

export const ghkVoltageProblem: ProblemKind = {
  id: 'ghk-voltage',
  params: {
    ...GRADIENTS,
    PNa: relative('P_Na/P_K', 0.02, 0.1),
    PCl: relative('P_Cl/P_K', 0.1, 1),
    T: temperature,
  },
  answer: voltageAnswer,
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) => ghkVoltage(threeIons(p), p.T!),
  mistakes: (p, v) => [
    {
      value: ghkVoltage(
        [
          ...threeIons(p).slice(0, 2),
          { z: 1, inside: p.Clin!, outside: p.Clout!, permeability: p.PCl! },
        ],
        p.T!,
      ),
      message:
        'Cl⁻ is an anion: its inside concentration goes in the numerator, its outside one in the denominator.',
    },
    {
      value: -v,
      message: 'The sign is off: the numerator holds the outside concentrations of the cations.',
    },
    { value: v / Math.LN10, message: 'That uses log₁₀ where the equation has ln.' },
    ...celsiusAsKelvin(v, p.T!),
  ],
  steps: (p, v) => (
    <MathBlock>
      <Sub base="V" sub="m" />
      <Op>=</Op>
      <Qty value={thermalVoltage(p.T!)} unit="mV" options={{ digits: 4 }} />
      <Op>×</Op>
      <Ln>
        <Frac num={<GhkSums p={p} outside />} den={<GhkSums p={p} outside={false} />} />
      </Ln>
      <Op>=</Op>
      <Qty value={v} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  ),
};

export const ghkPermeabilityRatioProblem: ProblemKind = {
  id: 'ghk-permeability-ratio',
  params: {
    Kin: GRADIENTS.Kin,
    Kout: GRADIENTS.Kout,
    Nain: GRADIENTS.Nain,
    Naout: GRADIENTS.Naout,
    V: voltageParam('target V_m', -80, -55),
    T: temperature,
  },
  answer: { label: 'P_Na/P_K', unit: '', dimension: 'dimensionless', format: { digits: 3 } },
  tolerance: { relative: 0.02, absolute: 0 },
  // e^(V/vt) = (K_o + ρ·Na_o)/(K_i + ρ·Na_i)  ⇒  ρ = (K_o − K_i·w)/(Na_i·w − Na_o), w = e^(V/vt)
  solve: (p) => {
    const w = Math.exp(p.V! / thermalVoltage(p.T!));
    return (p.Kout! - p.Kin! * w) / (p.Nain! * w - p.Naout!);
  },
  accepts: (p) => {
    const eK = nernstPotential({ z: 1, inside: p.Kin!, outside: p.Kout! }, p.T!);
    return p.V! > eK + 0.005;
  },
  mistakes: (p, ratio) => [
    { value: 1 / ratio, message: 'That is P_K/P_Na; the question asks for P_Na/P_K.' },
    ...celsiusAsKelvin(Math.log(ratio), p.T!).map((m) => ({
      value: Math.exp(m.value),
      message: m.message,
    })),
  ],
  steps: (p, ratio) => {
    const w = Math.exp(p.V! / thermalVoltage(p.T!));
    return (
      <>
        <MathBlock>
          <msup>
            <mi>e</mi>
            <mrow>
              <Sub base="V" sub="m" />
              <Op>/</Op>
              <Id>(RT/F)</Id>
            </mrow>
          </msup>
          <Op>=</Op>
          <Frac
            num={
              <>
                <Sub base="K" sub="o" />
                <Op>+</Op>
                <Id>ρ</Id>
                <Sub base="Na" sub="o" />
              </>
            }
            den={
              <>
                <Sub base="K" sub="i" />
                <Op>+</Op>
                <Id>ρ</Id>
                <Sub base="Na" sub="i" />
              </>
            }
          />
          <Op>=</Op>
          <Num value={w} options={{ digits: 4 }} />
        </MathBlock>
        <MathBlock>
          <Id>ρ</Id>
          <Op>=</Op>
          <Frac
            num={
              <>
                <Num value={p.Kout!} />
                <Op>−</Op>
                <Num value={p.Kin!} />
                <Op>×</Op>
                <Num value={w} options={{ digits: 4 }} />
              </>
            }
            den={
              <>
                <Num value={p.Nain!} />
                <Op>×</Op>
                <Num value={w} options={{ digits: 4 }} />
                <Op>−</Op>
                <Num value={p.Naout!} />
              </>
            }
          />
          <Op>=</Op>
          <Num value={ratio} options={{ digits: 3 }} />
        </MathBlock>
      </>
    );
  },
};

export const drivingForceProblem: ProblemKind = {
  id: 'driving-force',
  params: {
    z: { label: 'valence z', unit: '', integer: true },
    cin: concentration('inside concentration', 2, 400),
    cout: concentration('outside concentration', 2, 400),
    T: temperature,
    V: voltageParam('membrane potential', -90, -50),
  },
  answer: {
    label: 'V_m − E',
    unit: 'mV',
    dimension: 'voltage',
    format: { decimals: 1, sign: true },
  },
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) => p.V! - nernstPotential({ z: p.z!, inside: p.cin!, outside: p.cout! }, p.T!),
  mistakes: (p, d) => {
    const e = nernstPotential({ z: p.z!, inside: p.cin!, outside: p.cout! }, p.T!);
    return [
      {
        value: -d,
        message: 'That is E − V_m; the driving force is V_m − E (positive drives a cation out).',
      },
      { value: e, message: 'That is E itself; subtract it from V_m.' },
      { value: p.V! + e, message: 'Subtract E from V_m rather than adding it.' },
    ];
  },
  steps: (p, d) => {
    const e = nernstPotential({ z: p.z!, inside: p.cin!, outside: p.cout! }, p.T!);
    return (
      <MathBlock>
        <Sub base="V" sub="m" />
        <Op>−</Op>
        <Id>E</Id>
        <Op>=</Op>
        <Qty value={p.V!} unit="mV" options={{ decimals: 1, sign: true }} />
        <Op>−</Op>
        <mrow>
          <mo>(</mo>
          <Qty value={e} unit="mV" options={{ decimals: 1, sign: true }} />
          <mo>)</mo>
        </mrow>
        <Op>=</Op>
        <Qty value={d} unit="mV" options={{ decimals: 1, sign: true }} />
      </MathBlock>
    );
  },
};

export const chordPotentialProblem: ProblemKind = {
  id: 'chord-potential',
  params: {
    gK: { label: 'g_K', unit: 'nS', redraw: { min: 5, max: 20, scale: 'linear', digits: 2 } },
    gNa: { label: 'g_Na', unit: 'nS', redraw: { min: 0.2, max: 1, scale: 'linear', digits: 2 } },
    gCl: { label: 'g_Cl', unit: 'nS', redraw: { min: 0.5, max: 4, scale: 'linear', digits: 2 } },
    EK: voltageParam('E_K', -100, -85),
    ENa: voltageParam('E_Na', 55, 70),
    ECl: voltageParam('E_Cl', -80, -60),
    Ip: {
      label: 'pump current',
      unit: 'pA',
      redraw: { min: 0, max: 20, scale: 'linear', digits: 2 },
    },
  },
  answer: voltageAnswer,
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) =>
    chordConductancePotential(
      [
        { conductance: p.gK!, reversal: p.EK! },
        { conductance: p.gNa!, reversal: p.ENa! },
        { conductance: p.gCl!, reversal: p.ECl! },
      ],
      p.Ip!,
    ),
  mistakes: (p, v) => {
    const total = p.gK! + p.gNa! + p.gCl!;
    return p.Ip! === 0
      ? [
          {
            value: (p.EK! + p.ENa! + p.ECl!) / 3,
            message: 'That is the plain average: weight each E by its conductance.',
          },
        ]
      : [
          {
            value: v + (2 * p.Ip!) / total,
            message: 'The pump current is outward, so it subtracts: V = (Σg·E − I_p)/Σg.',
          },
          { value: v + p.Ip! / total, message: 'You left out the pump current.' },
        ];
  },
  steps: (p, v) => (
    <MathBlock>
      <Id>V</Id>
      <Op>=</Op>
      <Frac
        num={
          <>
            <Num value={p.gK! * 1e9} />
            <Op>×</Op>
            <Num value={p.EK! * 1e3} />
            <Op>+</Op>
            <Num value={p.gNa! * 1e9} />
            <Op>×</Op>
            <Num value={p.ENa! * 1e3} />
            <Op>+</Op>
            <Num value={p.gCl! * 1e9} />
            <Op>×</Op>
            <Num value={p.ECl! * 1e3} />
            <Op>−</Op>
            <Num value={p.Ip! * 1e12} />
          </>
        }
        den={
          <>
            <Num value={p.gK! * 1e9} />
            <Op>+</Op>
            <Num value={p.gNa! * 1e9} />
            <Op>+</Op>
            <Num value={p.gCl! * 1e9} />
          </>
        }
      />
      <Op>=</Op>
      <Qty value={v} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  ),
};

export const reversalWithCalciumProblem: ProblemKind = {
  id: 'reversal-with-calcium',
  params: {
    Kin: GRADIENTS.Kin,
    Kout: GRADIENTS.Kout,
    Nain: GRADIENTS.Nain,
    Naout: GRADIENTS.Naout,
    Cain: concentration('[Ca²⁺] inside', 0.00005, 0.0002),
    Caout: concentration('[Ca²⁺] outside', 1, 3),
    PNa: relative('P_Na/P_K', 0.5, 2),
    PCa: relative('P_Ca/P_K', 1, 20),
    T: temperature,
  },
  answer: voltageAnswer,
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) =>
    reversalPotential(
      [
        { z: 1, inside: p.Kin!, outside: p.Kout!, permeability: 1 },
        { z: 1, inside: p.Nain!, outside: p.Naout!, permeability: p.PNa! },
        { z: 2, inside: p.Cain!, outside: p.Caout!, permeability: p.PCa! },
      ],
      p.T!,
    ),
  mistakes: (p) => [
    {
      value: ghkVoltage(
        [
          { z: 1, inside: p.Kin!, outside: p.Kout!, permeability: 1 },
          { z: 1, inside: p.Nain!, outside: p.Naout!, permeability: p.PNa! },
        ],
        p.T!,
      ),
      message:
        'That leaves Ca²⁺ out. Its current counts too, with z = 2: solve for the V where the three GHK currents add to zero.',
    },
  ],
  steps: (_p, v) => (
    <MathBlock>
      <Sub base="I" sub="K" />
      <Op>+</Op>
      <Sub base="I" sub="Na" />
      <Op>+</Op>
      <Sub base="I" sub="Ca" />
      <Op>=</Op>
      <Num value={0} />
      <Op>⇒</Op>
      <Sub base="V" sub="rev" />
      <Op>=</Op>
      <Qty value={v} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  ),
};

export const ekOnlyErrorProblem: ProblemKind = {
  id: 'ek-only-error',
  params: ghkVoltageProblem.params,
  answer: {
    label: 'E_K − V_m',
    unit: 'mV',
    dimension: 'voltage',
    format: { decimals: 1, sign: true },
  },
  tolerance: VOLTAGE_TOLERANCE,
  solve: (p) =>
    nernstPotential({ z: 1, inside: p.Kin!, outside: p.Kout! }, p.T!) -
    ghkVoltage(threeIons(p), p.T!),
  mistakes: (_p, d) => [
    {
      value: -d,
      message: 'That is V_m − E_K; the question asks how far E_K lies from V_m, E_K − V_m.',
    },
  ],
  steps: (p, d) => (
    <MathBlock>
      <Sub base="E" sub="K" />
      <Op>−</Op>
      <Sub base="V" sub="m" />
      <Op>=</Op>
      <Qty
        value={nernstPotential({ z: 1, inside: p.Kin!, outside: p.Kout! }, p.T!)}
        unit="mV"
        options={{ decimals: 1, sign: true }}
      />
      <Op>−</Op>
      <mrow>
        <mo>(</mo>
        <Qty
          value={ghkVoltage(threeIons(p), p.T!)}
          unit="mV"
          options={{ decimals: 1, sign: true }}
        />
        <mo>)</mo>
      </mrow>
      <Op>=</Op>
      <Qty value={d} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  ),
};

export const selectivityRatioProblem: ProblemKind = {
  id: 'selectivity-ratio',
  params: {
    dG: {
      label: 'extra free energy for Na⁺',
      unit: 'kJ/mol',
      redraw: { min: 8, max: 25, scale: 'linear', digits: 3 },
    },
    T: temperature,
  },
  answer: { label: 'P_K/P_Na', unit: '', dimension: 'dimensionless', format: { digits: 3 } },
  tolerance: { relative: 0.03, absolute: 0 },
  solve: (p) => Math.exp(p.dG! / (GAS_CONSTANT * p.T!)),
  mistakes: (p, ratio) => [
    {
      value: 1 / ratio,
      message: 'That is P_Na/P_K; the question asks how many times better K⁺ passes.',
    },
    {
      value: 10 ** (p.dG! / (GAS_CONSTANT * p.T!)),
      message: 'The Boltzmann factor is e^(ΔG/RT), not 10^(ΔG/RT).',
    },
    {
      value: Math.exp(p.dG! / 1000 / (GAS_CONSTANT * p.T!)),
      message: 'ΔG must be in J/mol when R is in J/(mol·K).',
    },
  ],
  steps: (p, ratio) => (
    <MathBlock>
      <Frac num={<Sub base="P" sub="K" />} den={<Sub base="P" sub="Na" />} />
      <Op>=</Op>
      <msup>
        <mi>e</mi>
        <mrow>
          <Id>ΔG</Id>
          <Op>/</Op>
          <Id>RT</Id>
        </mrow>
      </msup>
      <Op>=</Op>
      <msup>
        <mi>e</mi>
        <mrow>
          <Num value={p.dG!} />
          <Op>/</Op>
          <mrow>
            <mo>(</mo>
            <Num value={GAS_CONSTANT} options={{ digits: 4 }} />
            <Op>×</Op>
            <Num value={p.T!} options={{ decimals: 2 }} />
            <mo>)</mo>
          </mrow>
        </mrow>
      </msup>
      <Op>=</Op>
      <Num value={ratio} options={{ digits: 3 }} />
    </MathBlock>
  ),
};
