import type { ReactNode } from 'react';
import { MathBlock, Op, Paren, Qty } from '../../math';

/** The numbers of a difference of two potentials, all in V. */
export type PotentialDifferenceNumbers = {
  minuend: number;
  subtrahend: number;
  difference: number;
};

/** a − b = (a's value) − (b's value) = the difference, each in mV to 0.1 mV with its sign. */
export function PotentialDifferenceSteps({
  minuendSymbol,
  subtrahendSymbol,
  minuend,
  subtrahend,
  difference,
}: PotentialDifferenceNumbers & { minuendSymbol: ReactNode; subtrahendSymbol: ReactNode }) {
  return (
    <MathBlock>
      {minuendSymbol}
      <Op>−</Op>
      {subtrahendSymbol}
      <Op>=</Op>
      <Qty value={minuend} unit="mV" options={{ decimals: 1, sign: true }} />
      <Op>−</Op>
      <Paren>
        <Qty value={subtrahend} unit="mV" options={{ decimals: 1, sign: true }} />
      </Paren>
      <Op>=</Op>
      <Qty value={difference} unit="mV" options={{ decimals: 1, sign: true }} />
    </MathBlock>
  );
}

/**
 * The worked solution of one kind whose answer is a − b: PotentialDifferenceSteps with that
 * kind's two symbols fixed.
 */
export function potentialDifferenceStepsFor(minuendSymbol: ReactNode, subtrahendSymbol: ReactNode) {
  return function Steps(numbers: PotentialDifferenceNumbers) {
    return (
      <PotentialDifferenceSteps
        minuendSymbol={minuendSymbol}
        subtrahendSymbol={subtrahendSymbol}
        {...numbers}
      />
    );
  };
}
