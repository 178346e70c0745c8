import type { ReactNode } from 'react';
import { formatNumber, formatQuantity, type FormatOptions } from '../units';

/**
 * A few MathML builders for the worked solutions' substituted lines. The symbolic math
 * of a chapter is typeset by KaTeX at build time; lines whose numbers change with "New
 * numbers" are built here as native MathML, which the browser lays out itself (no
 * typesetting code is shipped) and screen readers read.
 */
export function MathBlock({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <math display="block" className="solution-math" aria-label={label}>
      <mrow>{children}</mrow>
    </math>
  );
}

export function Id({ children }: { children: ReactNode }) {
  return <mi>{children}</mi>;
}

/** A variable with a subscript in upright text: E_K, c_out. */
export function Sub({ base, sub }: { base: string; sub: string }) {
  return (
    <msub>
      <mi>{base}</mi>
      <mtext>{sub}</mtext>
    </msub>
  );
}

export function Op({ children }: { children: ReactNode }) {
  return <mo>{children}</mo>;
}

export function Frac({ num, den }: { num: ReactNode; den: ReactNode }) {
  return (
    <mfrac>
      <mrow>{num}</mrow>
      <mrow>{den}</mrow>
    </mfrac>
  );
}

/** A number (U+2212 minus, × 10ⁿ where needed). */
export function Num({ value, options }: { value: number; options?: FormatOptions }) {
  return <mn>{formatNumber(value, options ?? { digits: 4 })}</mn>;
}

/** A quantity: number and unit, the unit upright. */
export function Qty({
  value,
  unit,
  options,
}: {
  value: number;
  unit: string;
  options?: FormatOptions;
}) {
  const text = formatQuantity(value, unit, options ?? { digits: 4 });
  const space = text.indexOf(' ');
  if (space < 0) return <mn>{text}</mn>;
  return (
    <mrow>
      <mn>{text.slice(0, space)}</mn>
      <mspace width="0.2em" />
      <mtext>{text.slice(space + 1)}</mtext>
    </mrow>
  );
}

/** ln( … ) */
export function Ln({ children }: { children: ReactNode }) {
  return (
    <mrow>
      <mi>ln</mi>
      <Paren>{children}</Paren>
    </mrow>
  );
}

/** ( … ) */
export function Paren({ children }: { children: ReactNode }) {
  return (
    <mrow>
      <mo>(</mo>
      {children}
      <mo>)</mo>
    </mrow>
  );
}

/** | … | */
export function Abs({ children }: { children: ReactNode }) {
  return (
    <mrow>
      <mo>|</mo>
      {children}
      <mo>|</mo>
    </mrow>
  );
}

/** √( … ) written inline. */
export function Root({ children }: { children: ReactNode }) {
  return (
    <mrow>
      <mo>√</mo>
      <Paren>{children}</Paren>
    </mrow>
  );
}

/** base^exponent */
export function Pow({ base, exponent }: { base: ReactNode; exponent: ReactNode }) {
  return (
    <msup>
      <mrow>{base}</mrow>
      <mrow>{exponent}</mrow>
    </msup>
  );
}

/** e raised to a power written inline: e^(zFE/RT). */
export function Exp({ children }: { children: ReactNode }) {
  return (
    <msup>
      <mi>e</mi>
      <mrow>{children}</mrow>
    </msup>
  );
}
