import type { ReactNode } from 'react';
import { FARADAY, GAS_CONSTANT } from '../../physics';
import { Frac, Id, Ln, MathBlock, Num, Op, Qty } from '../math';
import type { SIParams } from '../ProblemKind';

/** RT/zF with the numbers substituted: (8.314 × 310.15 K) / (z × 96 485), from p.T and p.z. */
export function RtOverZf({ p }: { p: SIParams }) {
  return (
    <Frac
      num={
        <>
          <Num value={GAS_CONSTANT} options={{ digits: 4 }} />
          <Op>×</Op>
          <Qty value={p.T!} unit="K" options={{ decimals: 2 }} />
        </>
      }
      den={
        <>
          <Num value={p.z!} options={{ sign: true, digits: 1 }} />
          <Op>×</Op>
          <Num value={FARADAY} options={{ digits: 6 }} />
        </>
      }
    />
  );
}

/** The parts of E = (RT/zF)·ln(ratio) that each kind writes its own way, and the numbers. */
export type NernstEquationParts = {
  z: number;
  T: number;
  /** the ratio in symbols, c_out/c_in or γ_out c_out/γ_in c_in */
  ratio: ReactNode;
  /** the same ratio with the numbers substituted */
  ratioSubstituted: ReactNode;
  /** RT/zF, in V */
  rtOverZF: number;
  /** what multiplies RT/zF in the second line: ln(…) written out or its value */
  logarithm: ReactNode;
  /** E, in V */
  potential: number;
};

/**
 * E = (RT/zF)·ln(ratio) worked out in two lines: the symbols, then RT/zF and the ratio with
 * the numbers substituted; then RT/zF's value (V, shown in mV) times the logarithm, equal to E.
 * The Nernst potential and its activity form differ only in the ratio and how its log is shown.
 */
export function NernstEquationSteps({
  z,
  T,
  ratio,
  ratioSubstituted,
  rtOverZF,
  logarithm,
  potential,
}: NernstEquationParts) {
  return (
    <>
      <MathBlock>
        <Id>E</Id>
        <Op>=</Op>
        <Frac num={<Id>RT</Id>} den={<Id>zF</Id>} />
        <Ln>{ratio}</Ln>
        <Op>=</Op>
        <RtOverZf p={{ z, T }} />
        <Ln>{ratioSubstituted}</Ln>
      </MathBlock>
      <MathBlock>
        <Id>E</Id>
        <Op>=</Op>
        <Qty value={rtOverZF} unit="mV" options={{ digits: 4 }} />
        <Op>×</Op>
        {logarithm}
        <Op>=</Op>
        <Qty value={potential} unit="mV" options={{ decimals: 1, sign: true }} />
      </MathBlock>
    </>
  );
}
