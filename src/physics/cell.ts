import { AVOGADRO, FARADAY } from './constants';
import { CELL_IONS, CELL_VALENCE, type IonTriple } from './cellIons';
import { pumpActivation, pumpCycleFlux } from './cellPump';
import { cellSubstep } from './cellSubstep';
import { cellVoltage } from './cellVoltage';
import { ghkCurrentAt } from './ghk';
import { mullinsNodaPotential } from './pump';
import { thermalVoltage } from './thermal';
import { finite, finiteResult, nonNegative, positive, valence } from './validate';
import { PhysicsRangeError } from './PhysicsRangeError';
import { REFERENCE_NEURON } from './referenceNeuron';

/**
 * The pump–leak cell: a spherical cell in a large bath. K⁺, Na⁺ and Cl⁻ leak through GHK
 * currents; a Na⁺/K⁺ pump moves 3 Na⁺ out and 2 K⁺ in per cycle (one net charge out);
 * impermeant anions trapped inside keep the cell near electroneutral; the membrane is a
 * capacitor. V_m is not a separate variable: it is the charge held in the cell over the
 * membrane capacitance,
 *
 *   V_m = F·(Vol/A)·( [K]i + [Na]i − [Cl]i + z_X·[X]i ) / C_m,
 *
 * so it is consistent with the charge on the capacitor by construction (cellVoltage.ts). The
 * cell volume is fixed (no osmotic swelling) and the bath is finite but 10⁴ times larger, so
 * every ion's amount in cell plus bath is conserved.
 *
 * Integration: fixed substeps of at most `maxSubstep` (default 10 ms); a call to
 * advanceCell(…, dt) splits dt into equal substeps, so any frame rate works. Each substep
 * treats V_m linearly implicitly (cellSubstep.ts).
 */

export type PumpLeakCellParameters = {
  /** cell radius, m */
  radius: number;
  /** specific membrane capacitance, F/m² */
  specificCapacitance: number;
  /** K */
  temperature: number;
  /** leak permeabilities, m/s */
  permeability: IonTriple;
  /** bath volume, m³ */
  bathVolume: number;
  /** valence of the trapped impermeant anions */
  impermeantValence: number;
  pump: {
    /** pump current density with both sites saturated, A/m² */
    maxCurrentDensity: number;
    /** internal [Na⁺] for half activation, mM */
    sodiumHalfActivation: number;
    /** Hill exponent of the internal Na⁺ dependence */
    sodiumHill: number;
    /** external [K⁺] for half activation, mM */
    potassiumHalfActivation: number;
  };
};

export type PumpLeakCellState = {
  /** simulated time, s */
  time: number;
  /** concentrations inside, mM */
  inside: IonTriple;
  /** concentrations in the bath, mM */
  outside: IonTriple;
  /** trapped anions inside, mM */
  impermeant: number;
  /** 1 = pump fully active, 0 = blocked (ouabain, no ATP) */
  pumpActivity: number;
};

export type RestingCellOptions = {
  radius?: number;
  specificCapacitance?: number;
  temperature?: number;
  permeability?: Partial<IonTriple>;
  /** target steady-state concentrations, mM (inside K⁺ and Na⁺; outside all three) */
  inside?: Partial<Pick<IonTriple, 'K' | 'Na'>>;
  outside?: Partial<IonTriple>;
  bathVolumeRatio?: number;
  impermeantValence?: number;
};

/**
 * Defaults: the book's reference neuron (referenceNeuron.ts), with
 * - pump activation by internal Na⁺ (K½ = 10 mM, Hill 1.5) and external K⁺ (K½ = 1.5 mM),
 *   from Luo & Rudy (1994); its maximum rate is then set so that these concentrations are
 *   the steady state;
 * - impermeant anions, z = −1, in the amount that makes the charge match V_m;
 * - Cl⁻ left passive: no transporter moves it, so at rest it sits at equilibrium (8.8 mM
 *   inside at −69.9 mV rather than the 7 mM that neurons' KCC2 holds it to).
 */
export const RESTING_CELL_DEFAULTS = {
  radius: REFERENCE_NEURON.radius,
  specificCapacitance: REFERENCE_NEURON.specificCapacitance,
  temperature: REFERENCE_NEURON.temperature,
  permeability: {
    K: REFERENCE_NEURON.potassiumPermeability,
    Na: REFERENCE_NEURON.potassiumPermeability * REFERENCE_NEURON.relativePermeability.Na,
    Cl: REFERENCE_NEURON.potassiumPermeability * REFERENCE_NEURON.relativePermeability.Cl,
  },
  inside: { K: REFERENCE_NEURON.inside.K, Na: REFERENCE_NEURON.inside.Na },
  outside: {
    K: REFERENCE_NEURON.outside.K,
    Na: REFERENCE_NEURON.outside.Na,
    Cl: REFERENCE_NEURON.outside.Cl,
  },
  bathVolumeRatio: 1e4,
  impermeantValence: -1,
  sodiumHalfActivation: 10,
  sodiumHill: 1.5,
  potassiumHalfActivation: 1.5,
} as const;

/** The default largest substep, s. */
export const CELL_SUBSTEP = 0.01;

/**
 * A pump–leak cell built at its own steady state. V_m is the Mullins–Noda potential of the
 * K⁺/Na⁺ leaks (pump ratio 3/2), [Cl]i puts Cl⁻ at equilibrium at that V_m, the pump's
 * maximum rate is the one whose 3 : 2 fluxes balance the leaks, and the impermeant anions
 * make the charge in the cell equal C_m·V_m.
 */
export function restingCell(options: RestingCellOptions = {}): {
  parameters: PumpLeakCellParameters;
  state: PumpLeakCellState;
} {
  const fn = 'restingCell';
  const d = RESTING_CELL_DEFAULTS;
  const radius = positive(fn, 'options.radius', options.radius ?? d.radius, 'm');
  const specificCapacitance = positive(
    fn,
    'options.specificCapacitance',
    options.specificCapacitance ?? d.specificCapacitance,
    'F/m²',
  );
  const temperature = positive(
    fn,
    'options.temperature',
    options.temperature ?? d.temperature,
    'K',
  );
  const permeability = pickTriple(
    fn,
    'options.permeability',
    { ...d.permeability, ...options.permeability },
    nonNegative,
  );
  positive(fn, 'options.permeability.K', permeability.K, 'm/s');
  const outside = pickTriple(fn, 'options.outside', { ...d.outside, ...options.outside }, positive);
  const kIn = positive(fn, 'options.inside.K', options.inside?.K ?? d.inside.K, 'mM');
  const naIn = positive(fn, 'options.inside.Na', options.inside?.Na ?? d.inside.Na, 'mM');
  const bathRatio = positive(
    fn,
    'options.bathVolumeRatio',
    options.bathVolumeRatio ?? d.bathVolumeRatio,
  );
  const zX = valence(
    fn,
    'options.impermeantValence',
    options.impermeantValence ?? d.impermeantValence,
  );
  if (zX > 0)
    throw new PhysicsRangeError(fn, 'options.impermeantValence', 'negative (trapped anions)', zX);

  const vt = thermalVoltage(temperature);
  const voltage = mullinsNodaPotential(
    {
      K: { inside: kIn, outside: outside.K, permeability: permeability.K },
      Na: { inside: naIn, outside: outside.Na, permeability: permeability.Na },
    },
    temperature,
  );
  // Cl⁻ at equilibrium: −vt·ln([Cl]o/[Cl]i) = V  ⇒  [Cl]i = [Cl]o·e^(V/vt).
  const clIn = outside.Cl * Math.exp(voltage / vt);
  // The K⁺ leak (outward) carries back the 2 K⁺ the pump brings in per cycle.
  const kLeak = ghkCurrentAt(permeability.K, 1, kIn, outside.K, voltage / vt);
  const cycleFlux = kLeak / (2 * FARADAY);
  const pump = {
    sodiumHalfActivation: d.sodiumHalfActivation,
    sodiumHill: d.sodiumHill,
    potassiumHalfActivation: d.potassiumHalfActivation,
    maxCurrentDensity: 0,
  };
  pump.maxCurrentDensity = finiteResult(
    fn,
    'options.inside.Na and options.outside.K (too small for the pump to run)',
    (FARADAY * cycleFlux) / pumpActivation(pump, naIn, outside.K),
  );
  // Charge in the cell per volume, as a concentration: C_m·A·V/(F·Vol) = 3·C_m·V/(F·r).
  const chargeConcentration = (3 * specificCapacitance * voltage) / (FARADAY * radius);
  const impermeant = (kIn + naIn - clIn - chargeConcentration) / -zX;
  if (!(impermeant > 0)) {
    throw new PhysicsRangeError(
      fn,
      'options.inside',
      'concentrations that leave room for trapped anions',
      impermeant,
    );
  }
  // Extreme but finite options can still overflow ([Cl]i = [Cl]o·e^(V/vt), the sums).
  for (const [name, value] of Object.entries({ clIn, impermeant, chargeConcentration })) {
    finiteResult(fn, `options (they give ${name} = ${value})`, value);
  }
  const volume = (4 / 3) * Math.PI * radius ** 3;
  return {
    parameters: {
      radius,
      specificCapacitance,
      temperature,
      permeability,
      bathVolume: bathRatio * volume,
      impermeantValence: zX,
      pump,
    },
    state: {
      time: 0,
      inside: { K: kIn, Na: naIn, Cl: clIn },
      outside,
      impermeant,
      pumpActivity: 1,
    },
  };
}

/** The three ions' values of `values`, each passed through the guard `check`. */
function pickTriple(
  fn: string,
  label: string,
  values: IonTriple,
  check: (fn: string, parameter: string, value: unknown, unit?: string) => number,
): IonTriple {
  return {
    K: check(fn, `${label}.K`, values.K),
    Na: check(fn, `${label}.Na`, values.Na),
    Cl: check(fn, `${label}.Cl`, values.Cl),
  };
}

export type CellReadout = {
  /** V_m, V */
  voltage: number;
  /** whole-cell leak current of each ion, A, outward positive */
  leakCurrent: IonTriple;
  /** each ion's leak, mol/s, positive out of the cell */
  leakFlux: IonTriple;
  /** each ion's pumped flux, mol/s, positive out (Na⁺ out, K⁺ in, Cl⁻ 0) */
  pumpFlux: IonTriple;
  /** whole-cell pump current, A, outward positive */
  pumpCurrent: number;
  /** pump cycles per second in the whole cell = ATP molecules hydrolysed per second */
  pumpCyclesPerSecond: number;
};

/** What the cell is doing now: V_m, leak and pump fluxes, pump current. */
export function cellReadout(
  parameters: PumpLeakCellParameters,
  state: PumpLeakCellState,
): CellReadout {
  const voltage = cellVoltage(parameters, state);
  const vt = thermalVoltage(parameters.temperature);
  const area = 4 * Math.PI * parameters.radius ** 2;
  const leakCurrent = {} as IonTriple;
  const leakFlux = {} as IonTriple;
  for (const ion of CELL_IONS) {
    const z = CELL_VALENCE[ion];
    const density = ghkCurrentAt(
      parameters.permeability[ion],
      z,
      state.inside[ion],
      state.outside[ion],
      (z * voltage) / vt,
    );
    leakCurrent[ion] = density * area;
    leakFlux[ion] = leakCurrent[ion] / (z * FARADAY);
  }
  const cycles = pumpCycleFlux(parameters, state) * area;
  return {
    voltage,
    leakCurrent,
    leakFlux,
    pumpFlux: { K: -2 * cycles, Na: 3 * cycles, Cl: 0 },
    pumpCurrent: FARADAY * cycles,
    pumpCyclesPerSecond: cycles * AVOGADRO,
  };
}

/**
 * Advances the cell by dt seconds in equal substeps of at most maxSubstep (≤ 0.1 s).
 * Returns a new state; the one passed in is not changed.
 */
export function advanceCell(
  parameters: PumpLeakCellParameters,
  state: PumpLeakCellState,
  dt: number,
  maxSubstep = CELL_SUBSTEP,
): PumpLeakCellState {
  const fn = 'advanceCell';
  nonNegative(fn, 'dt', dt, 's');
  const hMax = positive(fn, 'maxSubstep', maxSubstep, 's');
  if (hMax > 0.1) throw new PhysicsRangeError(fn, 'maxSubstep', '≤ 0.1 s', hMax);
  const activity = finite(fn, 'state.pumpActivity', state.pumpActivity);
  if (activity < 0 || activity > 1)
    throw new PhysicsRangeError(fn, 'state.pumpActivity', 'between 0 and 1', activity);
  const steps = Math.ceil(dt / hMax);
  const h = steps > 0 ? dt / steps : 0;
  const inside = { ...state.inside };
  const outside = { ...state.outside };
  const next = { ...state, inside, outside };
  for (let i = 0; i < steps; i++) cellSubstep(parameters, next, h);
  next.time = state.time + dt;
  return next;
}

/**
 * Seconds until [Na⁺]i has risen by `riseFraction` (0.1 = 10 %) after the pump of a
 * resting cell is set to `pumpActivity` (0 = fully blocked), found by advancing the model
 * in 1 s steps and interpolating linearly within the last one. At most `limit` seconds.
 */
export function sodiumRiseTime(
  riseFraction: number,
  pumpActivity = 0,
  options: RestingCellOptions = {},
  limit = 6 * 3600,
): number {
  const fn = 'sodiumRiseTime';
  positive(fn, 'riseFraction', riseFraction);
  const activity = finite(fn, 'pumpActivity', pumpActivity);
  if (activity < 0 || activity >= 1) {
    throw new PhysicsRangeError(fn, 'pumpActivity', 'from 0 up to (not including) 1', activity);
  }
  const { parameters, state } = restingCell(options);
  const target = state.inside.Na * (1 + riseFraction);
  let current = { ...state, pumpActivity: activity };
  for (let t = 0; t < limit; t++) {
    // 50 ms substeps: the rise takes tens of seconds, and V_m is implicit.
    const next = advanceCell(parameters, current, 1, 0.05);
    if (next.inside.Na >= target) {
      return t + (target - current.inside.Na) / (next.inside.Na - current.inside.Na);
    }
    current = next;
  }
  throw new PhysicsRangeError(
    fn,
    'riseFraction',
    `reached within ${limit} s of model time`,
    riseFraction,
  );
}
