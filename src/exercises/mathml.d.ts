// React renders MathML elements as they are; these declarations let TSX name them.
import 'react';

type MathProps = {
  children?: import('react').ReactNode;
  display?: 'block' | 'inline';
  className?: string;
  mathvariant?: string;
  stretchy?: string | boolean;
  form?: string;
  lspace?: string;
  rspace?: string;
  width?: string;
  'aria-label'?: string;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      math: MathProps;
      mrow: MathProps;
      mi: MathProps;
      mn: MathProps;
      mo: MathProps;
      mtext: MathProps;
      mfrac: MathProps;
      msub: MathProps;
      msup: MathProps;
      mspace: MathProps;
    }
  }
}
