import { FARADAY, GAS_CONSTANT } from '../../physics';
import { Frac, Num, Op, Qty } from '../math';
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
