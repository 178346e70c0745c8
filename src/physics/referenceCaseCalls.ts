// The mapping from each `quantity` of the reference cases (referenceCases.ts) to the
// physics exports. A case becomes one or more calls; each call names the exports it goes
// through (for the error-message prefix), the JSON inputs it depends on (so an error case
// knows which calls must throw) and returns its outputs under the JSON's expected names.
import {
  activityCoefficient,
  activityNernstPotential,
  AVOGADRO,
  BOLTZMANN,
  chemicalFreeEnergy,
  chordConductancePotential,
  debyeHuckelConstants,
  debyeLength,
  electrochemicalFreeEnergy,
  ELEMENTARY_CHARGE,
  FARADAY,
  GAS_CONSTANT,
  ghkCurrentDensity,
  ghkVoltage,
  ionicStrength,
  membraneCapacitance,
  membraneChargeDensity,
  membraneField,
  mullinsNodaPotential,
  nernstPotential,
  pumpCurrent,
  reversalPotential,
  sphericalCellCharge,
  thermalVoltage,
  VACUUM_PERMITTIVITY,
  type ActivityModel,
} from './index';
import {
  decode,
  input,
  inputList,
  member,
  MM_PER_MOLAR,
  optionalInput,
  permeantIons,
  type RefCase,
} from './referenceCases';

export type Call = {
  fns: readonly string[];
  uses: readonly string[];
  run: () => Record<string, number>;
};

export const MODEL_OF: Record<string, ActivityModel> = {
  activity_coefficient_debye_huckel_limiting: 'limiting',
  activity_coefficient_extended_debye_huckel: 'extended',
  activity_coefficient_davies: 'davies',
};

function activityCall(model: ActivityModel) {
  return (c: RefCase): Call[] => [
    {
      fns: ['activityCoefficient'],
      uses: ['z', 'I', 'A', 'B', 'a'],
      run: () => {
        const options: { A?: number; B?: number; ionSize?: number } = {};
        const A = optionalInput(c, 'A');
        const B = optionalInput(c, 'B');
        const a = optionalInput(c, 'a');
        if (A !== undefined) options.A = A;
        if (B !== undefined) options.B = B;
        if (a !== undefined) options.ionSize = a * 1e-10; // Å → m
        const gamma = activityCoefficient(
          input(c, 'z'),
          input(c, 'I') * MM_PER_MOLAR,
          model,
          options,
        );
        return { gamma, log10_gamma: Math.log10(gamma) };
      },
    },
  ];
}

export const HANDLERS: Record<string, (c: RefCase) => Call[]> = {
  physical_constants: () => [
    {
      fns: [],
      uses: [],
      run: () => ({
        F: FARADAY,
        R: GAS_CONSTANT,
        e: ELEMENTARY_CHARGE,
        N_A: AVOGADRO,
        k_B: BOLTZMANN,
        eps0: VACUUM_PERMITTIVITY,
      }),
    },
  ],

  thermal_voltage_RT_over_F: (c) => [
    {
      fns: ['thermalVoltage'],
      uses: ['T'],
      run: () => ({ RT_over_F: thermalVoltage(input(c, 'T')) }),
    },
  ],

  nernst_potential: (c) => [
    {
      fns: ['nernstPotential'],
      uses: ['z', 'c_in', 'c_out', 'T'],
      run: () => ({
        E: nernstPotential(
          { z: input(c, 'z'), inside: input(c, 'c_in'), outside: input(c, 'c_out') },
          input(c, 'T'),
        ),
      }),
    },
  ],

  nernst_potential_activity: (c) => [
    {
      fns: ['activityNernstPotential'],
      uses: ['z', 'c_in', 'c_out', 'gamma_in', 'gamma_out', 'T'],
      run: () => ({
        E: activityNernstPotential(
          {
            z: input(c, 'z'),
            inside: input(c, 'c_in'),
            outside: input(c, 'c_out'),
            gammaInside: input(c, 'gamma_in'),
            gammaOutside: input(c, 'gamma_out'),
          },
          input(c, 'T'),
        ),
      }),
    },
  ],

  ghk_voltage: (c) => [
    {
      fns: ['ghkVoltage'],
      uses: ['ions', 'T'],
      run: () => ({ V_rev: ghkVoltage(permeantIons(c), input(c, 'T')) }),
    },
  ],

  ghk_current_density: (c) => [
    {
      fns: ['ghkCurrentDensity', 'thermalVoltage'],
      uses: ['P', 'z', 'c_in', 'c_out', 'V_m', 'T'],
      run: () => {
        const z = input(c, 'z');
        const voltage = input(c, 'V_m');
        const temperature = input(c, 'T');
        const I = ghkCurrentDensity(
          {
            z,
            inside: input(c, 'c_in'),
            outside: input(c, 'c_out'),
            permeability: input(c, 'P'),
          },
          voltage,
          temperature,
        );
        // flux = I/(zF), positive when the ion leaves the cell
        return {
          I,
          flux: I / (z * FARADAY),
          x_zFV_over_RT: (z * voltage) / thermalVoltage(temperature),
        };
      },
    },
  ],

  reversal_potential_ghk_mixture: (c) => [
    {
      fns: ['reversalPotential'],
      uses: ['ions', 'T'],
      run: () => ({ V_rev: reversalPotential(permeantIons(c), input(c, 'T')) }),
    },
  ],

  ionic_strength: (c) => [
    {
      fns: ['ionicStrength'],
      uses: ['ions'],
      run: () => {
        const species = inputList(c, 'ions').map((ion, i) => ({
          z: member(ion, 'z', `${c.id}.ions[${i}]`),
          concentration: member(ion, 'c', `${c.id}.ions[${i}]`),
        }));
        // the API answers in mM; the JSON's I is in mol/L
        return { I: ionicStrength(species) / MM_PER_MOLAR };
      },
    },
  ],

  activity_coefficient_debye_huckel_limiting: activityCall('limiting'),
  activity_coefficient_extended_debye_huckel: activityCall('extended'),
  activity_coefficient_davies: activityCall('davies'),

  debye_huckel_A_B_from_constants: (c) => [
    {
      fns: ['debyeHuckelConstants'],
      uses: ['T', 'eps_r'],
      run: () => debyeHuckelConstants(input(c, 'T'), input(c, 'eps_r')),
    },
  ],

  debye_length: (c) => [
    {
      fns: ['debyeLength'],
      uses: ['I', 'T', 'eps_r'],
      run: () => ({
        lambda_D: debyeLength(input(c, 'I') * MM_PER_MOLAR, input(c, 'T'), input(c, 'eps_r')),
      }),
    },
  ],

  membrane_capacitor_planar: (c) => [
    {
      fns: ['membraneCapacitance'],
      uses: ['eps_r', 'd'],
      run: () => {
        const C = membraneCapacitance(input(c, 'eps_r'), input(c, 'd'));
        // 1 F/m² = 100 µF/cm²
        return { C_specific: C, C_specific_uF_per_cm2: C * 100 };
      },
    },
    {
      fns: ['membraneField'],
      uses: ['V_m', 'd'],
      run: () => ({ field: membraneField(input(c, 'V_m'), input(c, 'd')) }),
    },
    {
      fns: ['membraneCapacitance', 'membraneChargeDensity'],
      uses: ['eps_r', 'd', 'V_m'],
      run: () => ({
        sigma: membraneChargeDensity(
          membraneCapacitance(input(c, 'eps_r'), input(c, 'd')),
          input(c, 'V_m'),
        ),
      }),
    },
  ],

  membrane_charge_spherical_cell: (c) => [
    {
      fns: ['sphericalCellCharge'],
      uses: ['C_specific', 'radius', 'V_m', 'z', 'c_in'],
      run: () => {
        const r = sphericalCellCharge({
          radius: input(c, 'radius'),
          specificCapacitance: input(c, 'C_specific'),
          voltage: input(c, 'V_m'),
          z: input(c, 'z'),
          concentration: input(c, 'c_in'),
        });
        return {
          area: r.area,
          volume: r.volume,
          C_cell: r.capacitance,
          Q: r.charge,
          ions_moved: r.ionsMoved,
          ions_in_cell: r.ionsInCell,
          fraction: r.fraction,
        };
      },
    },
  ],

  gibbs_energy_transfer_out_to_in: (c) => {
    const ion = () => ({ z: input(c, 'z'), inside: input(c, 'c_in'), outside: input(c, 'c_out') });
    const calls: Call[] = [
      {
        fns: ['chemicalFreeEnergy'],
        uses: ['z', 'c_in', 'c_out', 'T'],
        run: () => ({ dG_chemical: chemicalFreeEnergy(ion(), input(c, 'T')) }),
      },
    ];
    if ('V_m' in c.inputs) {
      calls.push({
        fns: ['electrochemicalFreeEnergy'],
        uses: ['z', 'c_in', 'c_out', 'T', 'V_m'],
        run: () => ({
          dG_electrochemical: electrochemicalFreeEnergy(ion(), input(c, 'V_m'), input(c, 'T')),
        }),
      });
    }
    return calls;
  },

  chord_conductance_resting_potential: (c) => [
    {
      fns: ['chordConductancePotential'],
      uses: ['g', 'E', 'I_pump'],
      run: () => {
        const g = inputList(c, 'g').map((x, i) => decode(x, `${c.id}.g[${i}]`));
        const E = inputList(c, 'E').map((x, i) => decode(x, `${c.id}.E[${i}]`));
        if (g.length !== E.length) throw new Error(`${c.id}: g and E differ in length`);
        const branches = g.map((conductance, i) => ({ conductance, reversal: E[i] ?? NaN }));
        return { V_rest: chordConductancePotential(branches, optionalInput(c, 'I_pump')) };
      },
    },
  ],

  mullins_noda_potential: (c) => [
    {
      fns: ['mullinsNodaPotential'],
      uses: ['r', 'P_K', 'P_Na', 'K_in', 'K_out', 'Na_in', 'Na_out', 'T'],
      run: () => ({
        V_m: mullinsNodaPotential(
          {
            K: {
              inside: input(c, 'K_in'),
              outside: input(c, 'K_out'),
              permeability: input(c, 'P_K'),
            },
            Na: {
              inside: input(c, 'Na_in'),
              outside: input(c, 'Na_out'),
              permeability: input(c, 'P_Na'),
            },
            pumpRatio: input(c, 'r'),
          },
          input(c, 'T'),
        ),
      }),
    },
  ],

  pump_current: (c) => [
    {
      fns: ['pumpCurrent'],
      uses: ['net_charges_per_cycle', 'turnover_rate', 'n_pumps'],
      run: () => ({
        I_total: pumpCurrent({
          turnoverRate: input(c, 'turnover_rate'),
          netChargesPerCycle: input(c, 'net_charges_per_cycle'),
          pumps: input(c, 'n_pumps'),
        }),
      }),
    },
    {
      fns: ['pumpCurrent'],
      uses: ['net_charges_per_cycle', 'turnover_rate'],
      run: () => {
        const perPump = pumpCurrent({
          turnoverRate: input(c, 'turnover_rate'),
          netChargesPerCycle: input(c, 'net_charges_per_cycle'),
          pumps: 1,
        });
        return { I_per_pump: perPump, I_per_pump_pA: perPump * 1e12 };
      },
    },
  ],
};
