import {
  activityCoefficient,
  activityNernstPotential,
  nernstPotential,
  type ActivityModel,
} from '../../physics';
import { sample, type Curve } from '../../plot/sample';
import { gradientOf } from '../ionParams';
import { numberOf, type WidgetState } from '../params';

/** Points on each law's γ line over √I = 0…1 √(mol/L), before it is cut at its limit. */
const CURVE_POINTS = 201;

/** Each law, and the ionic strength (mol/m³ = mM) up to which it can be trusted. */
export const ACTIVITY_LAWS: readonly { model: ActivityModel; limit: number }[] = [
  { model: 'limiting', limit: 1 },
  { model: 'extended', limit: 100 },
  { model: 'davies', limit: 500 },
];

// The plot's x axis is √I with I in mol/L, the variable of the Debye–Hückel laws; I in the
// state is in mol/m³ (= mM), a thousand times larger.
const rootMolar = (strength: number) => Math.sqrt(strength / 1000);
const strengthAtRootMolar = (root: number) => root * root * 1000;

/** γ by one law for valence z and ion size (m) at ionic strength `strength` (mM). */
function gammaBy(model: ActivityModel, z: number, ionSize: number, strength: number): number {
  return activityCoefficient(z, strength, model, { ionSize });
}

/** Everything the widget reads out, from the physics core: potentials in V, γ pure numbers. */
export type ActivityResults = {
  z: number;
  /** ionic strength I, mol/m³ (= mM) */
  strength: number;
  /** √I with I in mol/L: where the state sits on the plot's x axis */
  rootStrength: number;
  /** ion size a of the extended law, m */
  ionSize: number;
  gammaInside: number;
  gammaOutside: number;
  /** E = (RT/zF)·ln(c_out/c_in), V */
  eConcentration: number;
  /** E = (RT/zF)·ln(γ_out·c_out / γ_in·c_in), V */
  eActivity: number;
  /** eActivity − eConcentration = (RT/zF)·ln(γ_out/γ_in), V */
  shift: number;
  /** γ at I by each law, with the law's limit */
  gammas: { model: ActivityModel; limit: number; gamma: number }[];
};

export function activityResults(state: WidgetState): ActivityResults {
  const ion = gradientOf(state);
  const { z } = ion;
  const strength = numberOf(state, 'I');
  const ionSize = numberOf(state, 'a');
  const temperature = numberOf(state, 'T');
  const gammaInside = numberOf(state, 'gin');
  const gammaOutside = numberOf(state, 'gout');
  const eConcentration = nernstPotential(ion, temperature);
  const eActivity = activityNernstPotential({ ...ion, gammaInside, gammaOutside }, temperature);
  return {
    z,
    strength,
    rootStrength: rootMolar(strength),
    ionSize,
    gammaInside,
    gammaOutside,
    eConcentration,
    eActivity,
    shift: eActivity - eConcentration,
    gammas: ACTIVITY_LAWS.map((law) => ({
      ...law,
      gamma: gammaBy(law.model, z, ionSize, strength),
    })),
  };
}

/** One law's γ against √I: solid where it can be trusted, dashed beyond, meeting at its limit. */
export type GammaCurve = {
  model: ActivityModel;
  limit: number;
  trusted: Curve;
  beyond: Curve;
};

export function gammaCurves(z: number, ionSize: number): GammaCurve[] {
  return ACTIVITY_LAWS.map((law) => {
    const gamma = (root: number) => gammaBy(law.model, z, ionSize, strengthAtRootMolar(root));
    const points = sample(gamma, [0, 1], CURVE_POINTS);
    const edge = rootMolar(law.limit);
    const atEdge = [edge, gamma(edge)] as const;
    return {
      ...law,
      trusted: [...points.filter(([root]) => root < edge), atEdge],
      beyond: [atEdge, ...points.filter(([root]) => root > edge)],
    };
  });
}
