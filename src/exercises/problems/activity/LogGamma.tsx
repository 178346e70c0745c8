import type { ReactNode } from 'react';
import { Id, MathBlock, Num, Op, Pow } from '../../math';

/** The numbers every γ law's solution shows; I in mol/L, as the laws take it. */
export type GammaLawNumbers = {
  z: number;
  strengthMolar: number;
  log10Gamma: number;
  gamma: number;
};

/** log₁₀ γ */
function LogGamma() {
  return (
    <mrow>
      <msub>
        <mi>log</mi>
        <mn>10</mn>
      </msub>
      <mi>γ</mi>
    </mrow>
  );
}

/** A line log₁₀ γ = −…, with what follows the minus sign as children. */
export function LogGammaIsMinus({ children }: { children: ReactNode }) {
  return (
    <MathBlock>
      <LogGamma />
      <Op>=</Op>
      <Op>−</Op>
      {children}
    </MathBlock>
  );
}

/** The line γ = 10^(log γ) = answer. */
export function GammaFromLog({ log, gamma }: { log: number; gamma: number }) {
  return (
    <MathBlock>
      <Id>γ</Id>
      <Op>=</Op>
      <Pow base={<Num value={10} />} exponent={<Num value={log} options={{ digits: 4 }} />} />
      <Op>=</Op>
      <Num value={gamma} options={{ digits: 3 }} />
    </MathBlock>
  );
}
