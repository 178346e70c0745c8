import type { ReactNode } from 'react';
import type { Dimension, FormatOptions } from '../units';
import type { MistakeCode } from './mistakeCodes';

/** One parameter of a problem, in the reader's unit ('' for a pure number). */
export type ProblemParam = {
  label: string;
  unit: string;
  /** how "New numbers" redraws it: a range in the reader's unit, rounded to `digits` */
  redraw?: { min: number; max: number; scale: 'log' | 'linear'; digits: number };
  /** a parameter that is always an integer (valence) */
  integer?: boolean;
};

/**
 * A wrong answer the problem can name: its value (SI), the mistake that gives it (one of
 * the documented codes), and optionally a sentence on this problem's case of it, which the
 * reader sees after the code's own words.
 */
export type Mistake = { value: number; code: MistakeCode; note?: string };

/** The facts a problem's words rely on, by name: 'outward', true, −1 … */
export type Story = Readonly<Record<string, string | number | boolean>>;

/** Parameters in SI, keyed as in the problem's `params`. */
export type SIParams = Readonly<Record<string, number>>;

/**
 * A kind of exercise: it computes the answer from the parameters with the physics core,
 * knows the answer's unit and the usual mistakes, and writes the solution's substituted
 * lines. Chapters use it through <Exercise problem="…" params={{…}}>.
 */
export type ProblemKind = {
  id: string;
  params: Readonly<Record<string, ProblemParam>>;
  answer: {
    /** what is asked, e.g. "E" */
    label: string;
    /** the unit the question asks for; a bare number is read in it */
    unit: string;
    dimension: Dimension;
    /** how the canonical answer is printed */
    format: FormatOptions;
  };
  /** correct within max(relative·|answer|, absolute); defaults 1 % and 0 */
  tolerance?: { relative?: number; absolute?: number };
  solve: (p: SIParams) => number;
  mistakes: (p: SIParams, answer: number) => Mistake[];
  /** the worked solution with the numbers substituted, as MathML lines */
  steps: (p: SIParams, answer: number) => ReactNode;
  /** rejects a redrawn parameter set (e.g. equal concentrations where a ratio is needed) */
  accepts?: (p: SIParams) => boolean;
  /**
   * The facts an exercise's words may state about its numbers (a sign, a direction, which
   * side holds more, uphill or downhill), each as a value. New numbers keep every one of
   * them as the chapter's own numbers have it, so that a hint or a worked solution written
   * for those numbers stays true for every set a reader draws.
   */
  story?: (p: SIParams) => Story;
};
