import {
  activityCoefficient,
  activityNernstPotential,
  DEBYE_HUCKEL_A,
  DEBYE_HUCKEL_B,
  ionicStrength,
  nernstPotential,
  thermalVoltage,
} from '../../physics';
import { Frac, Id, Ln, MathBlock, Num, Op, Paren, Pow, Qty, Root, Sub } from '../math';
import type { ProblemKind, ProblemParam, SIParams } from '../ProblemKind';
import { RtOverZf } from './RtOverZf';
import { celsiusAsKelvin, concentration, distinct, temperature, valenceNotDivided } from './shared';

// Problem kinds of chapter 3 (activity). Parameters arrive in SI: concentrations and ionic
// strengths in mM, ion sizes in m, temperatures in K; γ and valences are pure numbers.

const valence: ProblemParam = { label: 'valence z', unit: '', integer: true };
const coefficient = (label: string): ProblemParam => ({
  label,
  unit: '',
  redraw: { min: 0.3, max: 0.95, scale: 'linear', digits: 2 },
});
const ionSize: ProblemParam = {
  label: 'ion size',
  unit: 'Å',
  redraw: { min: 3, max: 9, scale: 'linear', digits: 2 },
};

const A = DEBYE_HUCKEL_A;
const B = DEBYE_HUCKEL_B;

/** √I with I in mol/L, from I in mM. */
const rootMolar = (strength: number) => Math.sqrt(strength / 1000);

/** A valence as written in a product: 2, (−1). */
function Valence({ z }: { z: number }) {
  return z < 0 ? (
    <Paren>
      <Num value={z} options={{ digits: 1 }} />
    </Paren>
  ) : (
    <Num value={z} options={{ digits: 1 }} />
  );
}

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

/** The line γ = 10^(log γ) = answer. */
function GammaFromLog({ log, gamma }: { log: number; gamma: number }) {
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

const gammaAnswer = {
  label: 'γ',
  unit: '',
  dimension: 'dimensionless',
  format: { digits: 3 },
} as const;

const LOG_AS_GAMMA =
  'That is log₁₀ γ, not γ itself: raise 10 to that power (γ = 10^(log₁₀ γ)), which gives a number between 0 and 1.';
const LN_FOR_LOG =
  'That takes e to the power where the law has 10: the Debye–Hückel laws give log₁₀ γ, so γ = 10^(…), not e^(…).';
const MILLIMOLAR =
  'That uses the ionic strength in mM. The constants A and B are for I in mol/L: 150 mM is 0.150 mol/L.';
const Z_NOT_SQUARED =
  'The valence enters squared: z² = 4 for a divalent ion, 9 for a trivalent one.';

// ---------- ionic strength ----------

/** How many of each ion one formula unit of a neutral salt gives: ν₊ = |z₋|, ν₋ = |z₊|, reduced. */
export function stoichiometry(zc: number, za: number): { cations: number; anions: number } {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(Math.abs(zc), Math.abs(za)) || 1;
  return { cations: Math.abs(za) / g, anions: Math.abs(zc) / g };
}

function saltIons(p: SIParams) {
  const { cations, anions } = stoichiometry(p.zc!, p.za!);
  return [
    { z: p.zc!, concentration: cations * p.c! },
    { z: p.za!, concentration: anions * p.c! },
  ];
}

export const ionicStrengthProblem: ProblemKind = {
  id: 'ionic-strength',
  params: {
    c: concentration('salt concentration', 1, 200),
    zc: { label: 'cation valence', unit: '', integer: true },
    za: { label: 'anion valence', unit: '', integer: true },
  },
  answer: { label: 'I', unit: 'mM', dimension: 'concentration', format: { digits: 3 } },
  solve: (p) => ionicStrength(saltIons(p)),
  mistakes: (p, strength) => {
    const ions = saltIons(p);
    const sumCz2 = ions.reduce((sum, ion) => sum + ion.concentration * ion.z * ion.z, 0);
    const sumCz = ions.reduce((sum, ion) => sum + ion.concentration * Math.abs(ion.z), 0);
    const once = 0.5 * p.c! * (p.zc! * p.zc! + p.za! * p.za!);
    return distinct(
      [
        {
          value: sumCz2,
          message: 'That is Σ c z² without the ½ in front: I = ½ Σ c z².',
        },
        {
          value: 0.5 * sumCz,
          message:
            'That uses |z| where the definition has z²: a divalent ion counts four times, not twice.',
        },
        {
          value: once,
          message:
            'That counts each ion once per formula unit of salt at concentration c. Check how many of each ion one formula unit gives (CaCl₂ gives two Cl⁻).',
        },
        {
          value: p.c!,
          message:
            'That is the salt concentration. The ionic strength counts every ion with its z²; it equals c only for a 1:1 salt.',
        },
      ],
      strength,
    );
  },
  steps: (p, strength) => {
    const [cation, anion] = saltIons(p) as [
      { z: number; concentration: number },
      { z: number; concentration: number },
    ];
    return (
      <MathBlock>
        <Id>I</Id>
        <Op>=</Op>
        <Frac num={<Num value={1} />} den={<Num value={2} />} />
        <Paren>
          <Sub base="c" sub="+" />
          <msup>
            <msub>
              <mi>z</mi>
              <mtext>+</mtext>
            </msub>
            <mn>2</mn>
          </msup>
          <Op>+</Op>
          <Sub base="c" sub="−" />
          <msup>
            <msub>
              <mi>z</mi>
              <mtext>−</mtext>
            </msub>
            <mn>2</mn>
          </msup>
        </Paren>
        <Op>=</Op>
        <Frac num={<Num value={1} />} den={<Num value={2} />} />
        <Paren>
          <Qty value={cation.concentration} unit="mM" />
          <Op>×</Op>
          <Pow base={<Valence z={cation.z} />} exponent={<mn>2</mn>} />
          <Op>+</Op>
          <Qty value={anion.concentration} unit="mM" />
          <Op>×</Op>
          <Pow base={<Valence z={anion.z} />} exponent={<mn>2</mn>} />
        </Paren>
        <Op>=</Op>
        <Qty value={strength} unit="mM" options={{ digits: 3 }} />
      </MathBlock>
    );
  },
};

// ---------- activity coefficients ----------

const strengthParam = (min: number, max: number) => concentration('ionic strength', min, max);

export const gammaLimitingProblem: ProblemKind = {
  id: 'gamma-limiting',
  params: { z: valence, I: strengthParam(1, 500) },
  answer: gammaAnswer,
  solve: (p) => activityCoefficient(p.z!, p.I!, 'limiting'),
  mistakes: (p, gamma) => {
    const z2 = p.z! * p.z!;
    const root = rootMolar(p.I!);
    return distinct(
      [
        { value: 10 ** (-A * z2 * Math.sqrt(p.I!)), message: MILLIMOLAR },
        { value: Math.exp(-A * z2 * root), message: LN_FOR_LOG },
        { value: -A * z2 * root, message: LOG_AS_GAMMA },
        { value: 10 ** (-A * Math.abs(p.z!) * root), message: Z_NOT_SQUARED },
        {
          value: 10 ** ((-A * z2 * p.I!) / 1000),
          message: 'That uses I where the law has its square root, √I.',
        },
      ],
      gamma,
    );
  },
  steps: (p, gamma) => {
    const log = -A * p.z! * p.z! * rootMolar(p.I!);
    return (
      <>
        <MathBlock>
          <LogGamma />
          <Op>=</Op>
          <Op>−</Op>
          <Id>A</Id>
          <Pow base={<Id>z</Id>} exponent={<mn>2</mn>} />
          <Root>
            <Id>I</Id>
          </Root>
          <Op>=</Op>
          <Op>−</Op>
          <Num value={A} />
          <Op>×</Op>
          <Pow base={<Valence z={p.z!} />} exponent={<mn>2</mn>} />
          <Op>×</Op>
          <Root>
            <Num value={p.I! / 1000} options={{ digits: 4 }} />
          </Root>
          <Op>=</Op>
          <Num value={log} options={{ digits: 4 }} />
        </MathBlock>
        <GammaFromLog log={log} gamma={gamma} />
      </>
    );
  },
};

export const gammaExtendedProblem: ProblemKind = {
  id: 'gamma-extended',
  params: { z: valence, I: strengthParam(1, 500), a: ionSize },
  answer: gammaAnswer,
  solve: (p) => activityCoefficient(p.z!, p.I!, 'extended', { ionSize: p.a! }),
  mistakes: (p, gamma) => {
    const z2 = p.z! * p.z!;
    const root = rootMolar(p.I!);
    const angstrom = p.a! / 1e-10;
    const log = (-A * z2 * root) / (1 + B * angstrom * root);
    const rootMM = Math.sqrt(p.I!);
    return distinct(
      [
        { value: 10 ** ((-A * z2 * rootMM) / (1 + B * angstrom * rootMM)), message: MILLIMOLAR },
        { value: Math.exp(log), message: LN_FOR_LOG },
        { value: log, message: LOG_AS_GAMMA },
        {
          value: 10 ** (-A * z2 * root),
          message:
            'That is the limiting law: the extended law divides by 1 + B·a·√I, the ion size against the ionic atmosphere.',
        },
        {
          value: 10 ** ((-A * z2 * root) / (1 + (B * angstrom * root) / 10)),
          message: 'That uses the ion size in nm. B = 0.328 is per ångström: a = 4.5 Å, not 0.45.',
        },
        {
          value: 10 ** ((-A * Math.abs(p.z!) * root) / (1 + B * angstrom * root)),
          message: Z_NOT_SQUARED,
        },
      ],
      gamma,
    );
  },
  steps: (p, gamma) => {
    const root = rootMolar(p.I!);
    const angstrom = p.a! / 1e-10;
    const log = (-A * p.z! * p.z! * root) / (1 + B * angstrom * root);
    return (
      <>
        <MathBlock>
          <LogGamma />
          <Op>=</Op>
          <Op>−</Op>
          <Frac
            num={
              <>
                <Id>A</Id>
                <Pow base={<Id>z</Id>} exponent={<mn>2</mn>} />
                <Root>
                  <Id>I</Id>
                </Root>
              </>
            }
            den={
              <>
                <Num value={1} />
                <Op>+</Op>
                <Id>B</Id>
                <Id>a</Id>
                <Root>
                  <Id>I</Id>
                </Root>
              </>
            }
          />
        </MathBlock>
        <MathBlock>
          <Root>
            <Id>I</Id>
          </Root>
          <Op>=</Op>
          <Root>
            <Num value={p.I! / 1000} options={{ digits: 4 }} />
            <mspace width="0.2em" />
            <mtext>mol/L</mtext>
          </Root>
          <Op>=</Op>
          <Num value={root} options={{ digits: 4 }} />
          <mtext>, a in Å</mtext>
        </MathBlock>
        <MathBlock>
          <LogGamma />
          <Op>=</Op>
          <Op>−</Op>
          <Frac
            num={
              <>
                <Num value={A} />
                <Op>×</Op>
                <Pow base={<Valence z={p.z!} />} exponent={<mn>2</mn>} />
                <Op>×</Op>
                <Num value={root} options={{ digits: 4 }} />
              </>
            }
            den={
              <>
                <Num value={1} />
                <Op>+</Op>
                <Num value={B} />
                <Op>×</Op>
                <Num value={angstrom} options={{ digits: 3 }} />
                <Op>×</Op>
                <Num value={root} options={{ digits: 4 }} />
              </>
            }
          />
          <Op>=</Op>
          <Num value={log} options={{ digits: 4 }} />
        </MathBlock>
        <GammaFromLog log={log} gamma={gamma} />
      </>
    );
  },
};

export const gammaDaviesProblem: ProblemKind = {
  id: 'gamma-davies',
  params: { z: valence, I: strengthParam(50, 300) },
  answer: gammaAnswer,
  solve: (p) => activityCoefficient(p.z!, p.I!, 'davies'),
  mistakes: (p, gamma) => {
    const z2 = p.z! * p.z!;
    const molar = p.I! / 1000;
    const root = Math.sqrt(molar);
    const bracket = root / (1 + root) - 0.3 * molar;
    const log = -A * z2 * bracket;
    const rootMM = Math.sqrt(p.I!);
    return distinct(
      [
        { value: 10 ** (-A * z2 * (rootMM / (1 + rootMM) - 0.3 * p.I!)), message: MILLIMOLAR },
        { value: Math.exp(log), message: LN_FOR_LOG },
        { value: log, message: LOG_AS_GAMMA },
        {
          value: 10 ** (-A * z2 * (root / (1 + root))),
          message:
            'The −0.3·I term is missing: it is what pushes γ back up at higher ionic strength.',
        },
        {
          value: 10 ** (-A * z2 * (root / (1 + root) + 0.3 * molar)),
          message: 'The 0.3·I term has the wrong sign: the bracket is √I/(1 + √I) − 0.3·I.',
        },
        { value: 10 ** (-A * Math.abs(p.z!) * bracket), message: Z_NOT_SQUARED },
      ],
      gamma,
    );
  },
  steps: (p, gamma) => {
    const molar = p.I! / 1000;
    const root = Math.sqrt(molar);
    const log = -A * p.z! * p.z! * (root / (1 + root) - 0.3 * molar);
    return (
      <>
        <MathBlock>
          <LogGamma />
          <Op>=</Op>
          <Op>−</Op>
          <Id>A</Id>
          <Pow base={<Id>z</Id>} exponent={<mn>2</mn>} />
          <Paren>
            <Frac
              num={
                <Root>
                  <Id>I</Id>
                </Root>
              }
              den={
                <>
                  <Num value={1} />
                  <Op>+</Op>
                  <Root>
                    <Id>I</Id>
                  </Root>
                </>
              }
            />
            <Op>−</Op>
            <Num value={0.3} />
            <Id>I</Id>
          </Paren>
        </MathBlock>
        <MathBlock>
          <LogGamma />
          <Op>=</Op>
          <Op>−</Op>
          <Num value={A} />
          <Op>×</Op>
          <Pow base={<Valence z={p.z!} />} exponent={<mn>2</mn>} />
          <Op>×</Op>
          <Paren>
            <Frac
              num={<Num value={root} options={{ digits: 4 }} />}
              den={<Num value={1 + root} options={{ digits: 5 }} />}
            />
            <Op>−</Op>
            <Num value={0.3} />
            <Op>×</Op>
            <Num value={molar} options={{ digits: 4 }} />
          </Paren>
          <Op>=</Op>
          <Num value={log} options={{ digits: 4 }} />
        </MathBlock>
        <GammaFromLog log={log} gamma={gamma} />
      </>
    );
  },
};

// ---------- the Nernst equation with activities ----------

const rtOverZF = (p: SIParams) => thermalVoltage(p.T!) / p.z!;
const LOG10_FOR_LN =
  'That is the value with log₁₀ where the equation has ln: multiply by ln 10 ≈ 2.303, or use ln.';

export const activityNernstProblem: ProblemKind = {
  id: 'activity-nernst',
  params: {
    z: valence,
    cin: concentration('inside concentration', 100, 160),
    cout: concentration('outside concentration', 2.5, 10),
    gin: coefficient('inside activity coefficient'),
    gout: coefficient('outside activity coefficient'),
    T: temperature,
  },
  answer: { label: 'E', unit: 'mV', dimension: 'voltage', format: { decimals: 1, sign: true } },
  tolerance: { relative: 0.01, absolute: 2e-4 },
  accepts: (p) => Math.abs(Math.log(p.cout! / p.cin!)) > 0.2,
  solve: (p) =>
    activityNernstPotential(
      { z: p.z!, inside: p.cin!, outside: p.cout!, gammaInside: p.gin!, gammaOutside: p.gout! },
      p.T!,
    ),
  mistakes: (p, e) => {
    const fromConcentrations = nernstPotential({ z: p.z!, inside: p.cin!, outside: p.cout! }, p.T!);
    return distinct(
      [
        {
          value: fromConcentrations,
          message:
            'That is E from the concentrations alone. Multiply each concentration by its activity coefficient first: a = γc.',
        },
        {
          value: 2 * fromConcentrations - e,
          message:
            'The activity coefficients are swapped: γ_out multiplies c_out and γ_in multiplies c_in.',
        },
        {
          value: -e,
          message:
            'The size is right but the sign is not: the ratio is a_out / a_in (V_m is inside minus outside).',
        },
        { value: e / Math.LN10, message: LOG10_FOR_LN },
        ...celsiusAsKelvin(e, p.T!),
      ],
      e,
      { relative: 0.01, absolute: 2e-4 },
    );
  },
  steps: (p, e) => {
    const aIn = p.gin! * p.cin!;
    const aOut = p.gout! * p.cout!;
    return (
      <>
        <MathBlock>
          <Id>E</Id>
          <Op>=</Op>
          <Frac num={<Id>RT</Id>} den={<Id>zF</Id>} />
          <Ln>
            <Frac
              num={
                <>
                  <Sub base="γ" sub="out" />
                  <Sub base="c" sub="out" />
                </>
              }
              den={
                <>
                  <Sub base="γ" sub="in" />
                  <Sub base="c" sub="in" />
                </>
              }
            />
          </Ln>
          <Op>=</Op>
          <RtOverZf p={p} />
          <Ln>
            <Frac
              num={
                <>
                  <Num value={p.gout!} options={{ digits: 3 }} />
                  <Op>×</Op>
                  <Qty value={p.cout!} unit="mM" />
                </>
              }
              den={
                <>
                  <Num value={p.gin!} options={{ digits: 3 }} />
                  <Op>×</Op>
                  <Qty value={p.cin!} unit="mM" />
                </>
              }
            />
          </Ln>
        </MathBlock>
        <MathBlock>
          <Id>E</Id>
          <Op>=</Op>
          <Qty value={rtOverZF(p)} unit="mV" options={{ digits: 4 }} />
          <Op>×</Op>
          <Ln>
            <Frac
              num={<Qty value={aOut} unit="mM" options={{ digits: 4 }} />}
              den={<Qty value={aIn} unit="mM" options={{ digits: 4 }} />}
            />
          </Ln>
          <Op>=</Op>
          <Qty value={e} unit="mV" options={{ decimals: 1, sign: true }} />
        </MathBlock>
      </>
    );
  },
};

const SHIFT_TOLERANCE = { relative: 0.01, absolute: 1e-5 };

export const activityShiftProblem: ProblemKind = {
  id: 'activity-shift',
  params: {
    z: valence,
    gin: coefficient('inside activity coefficient'),
    gout: coefficient('outside activity coefficient'),
    T: temperature,
  },
  answer: { label: 'ΔE', unit: 'mV', dimension: 'voltage', format: { digits: 3, sign: true } },
  tolerance: SHIFT_TOLERANCE,
  accepts: (p) => Math.abs(Math.log(p.gout! / p.gin!)) > 0.05,
  // The difference of the two Nernst potentials, both from the physics core; the
  // concentrations cancel, so any pair will do.
  solve: (p) => {
    const ion = { z: p.z!, inside: 1, outside: 1 };
    return (
      activityNernstPotential({ ...ion, gammaInside: p.gin!, gammaOutside: p.gout! }, p.T!) -
      nernstPotential(ion, p.T!)
    );
  },
  mistakes: (p, shift) =>
    distinct(
      [
        {
          value: -shift,
          message:
            'The sign is off: ΔE = (RT/zF)·ln(γ_out/γ_in), with γ_out on top, as a_out is in the Nernst equation.',
        },
        { value: shift / Math.LN10, message: LOG10_FOR_LN },
        ...valenceNotDivided(shift, p.z!, 'the shift'),
        ...celsiusAsKelvin(shift, p.T!),
      ],
      shift,
      SHIFT_TOLERANCE,
    ),
  steps: (p, shift) => (
    <MathBlock>
      <Id>ΔE</Id>
      <Op>=</Op>
      <Frac num={<Id>RT</Id>} den={<Id>zF</Id>} />
      <Ln>
        <Frac num={<Sub base="γ" sub="out" />} den={<Sub base="γ" sub="in" />} />
      </Ln>
      <Op>=</Op>
      <Qty value={rtOverZF(p)} unit="mV" options={{ digits: 4 }} />
      <Op>×</Op>
      <Ln>
        <Frac
          num={<Num value={p.gout!} options={{ digits: 3 }} />}
          den={<Num value={p.gin!} options={{ digits: 3 }} />}
        />
      </Ln>
      <Op>=</Op>
      <Qty value={shift} unit="mV" options={{ digits: 3, sign: true }} />
    </MathBlock>
  ),
};

export const activityProblem: ProblemKind = {
  id: 'activity',
  params: {
    c: concentration('concentration', 3, 6),
    gamma: { label: 'activity coefficient', unit: '' },
  },
  answer: { label: 'a', unit: 'mM', dimension: 'concentration', format: { digits: 3 } },
  // a = γc: the activity is the concentration that, with γ = 1, has the same potential.
  solve: (p) => p.gamma! * p.c!,
  mistakes: (p, a) =>
    distinct(
      [
        {
          value: p.c! / p.gamma!,
          message: 'That divides by γ. The activity is a = γ·c, smaller than c when γ < 1.',
        },
        {
          value: p.c! * (1 - p.gamma!),
          message:
            'That is c·(1 − γ). The activity is a = γ·c itself; no ions are "missing" or bound.',
        },
      ],
      a,
    ),
  steps: (p, a) => (
    <MathBlock>
      <Id>a</Id>
      <Op>=</Op>
      <Id>γ</Id>
      <Id>c</Id>
      <Op>=</Op>
      <Num value={p.gamma!} options={{ digits: 3 }} />
      <Op>×</Op>
      <Qty value={p.c!} unit="mM" />
      <Op>=</Op>
      <Qty value={a} unit="mM" options={{ digits: 3 }} />
    </MathBlock>
  ),
};
