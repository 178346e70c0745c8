import { activityCoefficient, DEBYE_HUCKEL_A as A } from '../../../physics';
import type { Mistake, ProblemKind, SIParams } from '../../ProblemKind';
import { formatNumber } from '../../../units';
import { concentration, distinct, redrawnParam } from '../shared';
import { GammaDaviesSteps } from './GammaDaviesSteps';
import { GammaExtendedSteps } from './GammaExtendedSteps';
import { GammaLimitingSteps } from './GammaLimitingSteps';
import { valence } from './params';

// The activity coefficient γ by the three Debye–Hückel laws. Parameters arrive in SI: the
// ionic strength I in mM, the ion size a in m. The laws take I in mol/L and a in Å:
//   limiting   log₁₀ γ = −A z² √I
//   extended   log₁₀ γ = −A z² √I / (1 + B a √I)
//   Davies     log₁₀ γ = −A z² (√I/(1 + √I) − 0.3 I)

const ionSize = redrawnParam('ion size', 'Å', 3, 9, 'linear');
const strength = (min: number, max: number) => concentration('ionic strength', min, max);

const gammaAnswer = {
  label: 'γ',
  unit: '',
  dimension: 'dimensionless',
  format: { digits: 3 },
} as const;

/**
 * The slips every law invites, from its answer γ: the law with I in mM read as mol/L
 * (`inMillimolar`), e^(…) in place of 10^(…), and log₁₀ γ given as γ.
 */
function logSlips(gamma: number, inMillimolar: number): Mistake[] {
  const log = Math.log10(gamma);
  return [
    {
      value: inMillimolar,
      code: 'unit',
      note: 'The constants A and B are for I in mol/L: 150 mM is 0.150 mol/L.',
    },
    {
      value: Math.exp(log),
      code: 'exp-base',
      note: 'The Debye–Hückel laws give log₁₀ γ, so γ = 10^(…).',
    },
    {
      value: log,
      code: 'step-short',
      note: 'That is log₁₀ γ: raise 10 to that power, which gives γ between 0 and 1.',
    },
  ];
}

/** Every law has log₁₀ γ ∝ z², so |z| in place of z² gives γ^(1/|z|). */
function valenceNotSquared(gamma: number, z: number): Mistake {
  return {
    value: gamma ** (1 / Math.abs(z)),
    code: 'valence',
    note: 'It enters squared: z² = 4 for a divalent ion, 9 for a trivalent one.',
  };
}

/**
 * The ionic strengths, mM, up to which the chapter trusts each law: the limiting law in
 * very dilute solution, the extended law to about 100 mM, the Davies equation to about
 * 500 mM. An exercise's words say whether its law holds at its ionic strength.
 */
const TRUSTED_UP_TO = { limiting: 1, extended: 100, davies: 500 } as const;

/** I in mol/L, from I in mM (the mistakes and the solutions' numbers use it). */
const molar = (p: SIParams) => p.I! / 1000;

// ---------- the limiting law ----------

/** The numbers the limiting law's solution shows: I in mol/L, log₁₀ γ and γ. */
export function gammaLimitingWorking(p: SIParams, gamma: number) {
  return { z: p.z!, strengthMolar: molar(p), log10Gamma: Math.log10(gamma), gamma };
}

export const gammaLimitingProblem: ProblemKind = {
  id: 'gamma-limiting',
  params: { z: valence, I: strength(1, 500) },
  answer: gammaAnswer,
  solve: (p) => activityCoefficient(p.z!, p.I!, 'limiting'),
  mistakes: (p, gamma) =>
    distinct(
      [
        ...logSlips(gamma, activityCoefficient(p.z!, 1000 * p.I!, 'limiting')),
        valenceNotSquared(gamma, p.z!),
        {
          value: 10 ** (-A * p.z! * p.z! * molar(p)),
          code: 'formula',
          note: 'The law has the square root √I, not I.',
        },
      ],
      gamma,
    ),
  // The words: whether the law holds at this ionic strength (it does not above about 1 mM,
  // where it comes out too low).
  story: (p) => ({ trusted: p.I! <= TRUSTED_UP_TO.limiting }),
  steps: (p, gamma) => <GammaLimitingSteps {...gammaLimitingWorking(p, gamma)} />,
};

// ---------- the extended law ----------

/** The numbers the extended law's solution shows: I in mol/L, √I, a in Å, log₁₀ γ and γ. */
export function gammaExtendedWorking(p: SIParams, gamma: number) {
  return {
    z: p.z!,
    strengthMolar: molar(p),
    rootStrength: Math.sqrt(molar(p)),
    ionSizeAngstrom: p.a! / 1e-10,
    log10Gamma: Math.log10(gamma),
    gamma,
  };
}

export const gammaExtendedProblem: ProblemKind = {
  id: 'gamma-extended',
  params: { z: valence, I: strength(1, 500), a: ionSize },
  answer: gammaAnswer,
  solve: (p) => activityCoefficient(p.z!, p.I!, 'extended', { ionSize: p.a! }),
  mistakes: (p, gamma) =>
    distinct(
      [
        ...logSlips(gamma, activityCoefficient(p.z!, 1000 * p.I!, 'extended', { ionSize: p.a! })),
        {
          value: activityCoefficient(p.z!, p.I!, 'limiting'),
          code: 'wrong-law',
          note: 'That is the limiting law: the extended law divides by 1 + B·a·√I, the ion size against the ionic atmosphere.',
        },
        {
          value: activityCoefficient(p.z!, p.I!, 'extended', { ionSize: p.a! / 10 }),
          code: 'unit',
          note: `B = 0.328 is per ångström: a = ${formatNumber(p.a! / 1e-10)} Å, not ${formatNumber(p.a! / 1e-9)}.`,
        },
        valenceNotSquared(gamma, p.z!),
      ],
      gamma,
    ),
  // The words: whether the law holds at this ionic strength, and that the size correction
  // raises γ above the limiting law's.
  story: (p) => ({
    trusted: p.I! <= TRUSTED_UP_TO.extended,
    aboveLimiting:
      activityCoefficient(p.z!, p.I!, 'extended', { ionSize: p.a! }) >
      activityCoefficient(p.z!, p.I!, 'limiting'),
  }),
  steps: (p, gamma) => <GammaExtendedSteps {...gammaExtendedWorking(p, gamma)} />,
};

// ---------- the Davies equation ----------

/** The numbers the Davies solution shows: I in mol/L, √I, 1 + √I, log₁₀ γ and γ. */
export function gammaDaviesWorking(p: SIParams, gamma: number) {
  const rootStrength = Math.sqrt(molar(p));
  return {
    z: p.z!,
    strengthMolar: molar(p),
    rootStrength,
    onePlusRoot: 1 + rootStrength,
    log10Gamma: Math.log10(gamma),
    gamma,
  };
}

export const gammaDaviesProblem: ProblemKind = {
  id: 'gamma-davies',
  // Extracellular fluid's ionic strength, about 150 mM, give or take a third.
  params: { z: valence, I: strength(50, 200) },
  answer: gammaAnswer,
  solve: (p) => activityCoefficient(p.z!, p.I!, 'davies'),
  mistakes: (p, gamma) => {
    const z2 = p.z! * p.z!;
    const root = Math.sqrt(molar(p));
    // Written out, not through the physics core: with I in mM the bracket turns negative and
    // γ can overflow, which the core rejects; that slip then drops out as no diagnosis.
    const rootMillimolar = Math.sqrt(p.I!);
    const inMillimolar = 10 ** (-A * z2 * (rootMillimolar / (1 + rootMillimolar) - 0.3 * p.I!));
    return distinct(
      [
        ...logSlips(gamma, inMillimolar),
        {
          value: 10 ** (-A * z2 * (root / (1 + root))),
          code: 'formula',
          note: 'The −0.3·I term is missing: it is what pushes γ back up at higher ionic strength.',
        },
        {
          value: 10 ** (-A * z2 * (root / (1 + root) + 0.3 * molar(p))),
          code: 'formula',
          note: 'The 0.3·I term has the wrong sign: the bracket is √I/(1 + √I) − 0.3·I.',
        },
        valenceNotSquared(gamma, p.z!),
      ],
      gamma,
    );
  },
  // The words: whether the equation holds at this ionic strength, and roughly what share of
  // the ions' concentration acts ("about a third" of the calcium, γ near 1/3).
  story: (p) => ({
    trusted: p.I! <= TRUSTED_UP_TO.davies,
    oneIn: Math.round(1 / activityCoefficient(p.z!, p.I!, 'davies')),
  }),
  steps: (p, gamma) => <GammaDaviesSteps {...gammaDaviesWorking(p, gamma)} />,
};
