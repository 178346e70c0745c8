import { lazy } from 'react';
import { chargingTimeConstant, equilibrationCurve, sphericalCellCharge } from '../../physics';
import { formatNumber, formatQuantity } from '../../units';
import { gradientOf, ION_PARAMS, nernstOf, normaliseIon } from '../ionParams';
import { ionLabel } from '../ions';
import { numberOf, type WidgetState } from '../params';
import type { WidgetDefinition } from '../WidgetDefinition';

/** The membrane and cell the widget charges: 1 µF/cm², a 10 µm-radius sphere. */
export const MEMBRANE = { specificCapacitance: 0.01, radius: 10e-6, permeability: 1e-8 } as const;

/** V(t) from 0 toward E, the time constant, and how many ions that took. */
export function equilibrationOf(state: WidgetState) {
  const ion = { ...gradientOf(state), permeability: MEMBRANE.permeability };
  const temperature = numberOf(state, 'T');
  const tau = chargingTimeConstant(ion, temperature, MEMBRANE.specificCapacitance);
  const curve = equilibrationCurve(
    ion,
    temperature,
    MEMBRANE.specificCapacitance,
    8 * tau,
    120,
    480,
  );
  const e = nernstOf(state);
  const cell = sphericalCellCharge({
    radius: MEMBRANE.radius,
    specificCapacitance: MEMBRANE.specificCapacitance,
    voltage: e,
    z: ion.z,
    concentration: ion.inside,
  });
  return { ion, temperature, tau, curve, e, cell };
}

export function describeEquilibration(state: WidgetState): string {
  return describeEquilibrationOf(state, equilibrationOf(state));
}

/** The description from an already computed result (the view has one). */
export function describeEquilibrationOf(
  state: WidgetState,
  { tau, e, cell }: ReturnType<typeof equilibrationOf>,
): string {
  const ion = ionLabel(String(state.ion), numberOf(state, 'z'));
  return (
    `V_m charges from 0 toward E = ${formatQuantity(e, 'mV', { decimals: 1, sign: true })} for ${ion}, ` +
    `with a final time constant of ${formatQuantity(tau, 'ms', { digits: 2 })}; the net flux falls to zero while ` +
    `the one-way fluxes stay large. Charging a 10 µm cell takes ${formatNumber(cell.ionsMoved, { digits: 2 })} ions, ` +
    `${formatNumber(cell.fraction * 100, { digits: 2 })} % of the ${ion} inside.`
  );
}

export const equilibrationWidget: WidgetDefinition = {
  id: 'equilibration',
  title: 'Charging toward equilibrium',
  chapter: 'nernst',
  summary: 'A membrane permeable to one ion charges to E; net flux stops, one-way traffic goes on.',
  params: ION_PARAMS,
  presets: [
    { id: 'neuron-k', label: 'Neuron K⁺', values: { ion: 'K', cin: 140, cout: 4, T: 37 } },
    { id: 'neuron-na', label: 'Neuron Na⁺', values: { ion: 'Na', cin: 12, cout: 145, T: 37 } },
    { id: 'neuron-cl', label: 'Neuron Cl⁻', values: { ion: 'Cl', cin: 7, cout: 120, T: 37 } },
    {
      id: 'squid-k',
      label: 'Squid axon K⁺, 6.3 °C',
      values: { ion: 'K', cin: 400, cout: 20, T: 6.3 },
    },
  ],
  describe: describeEquilibration,
  normalise: normaliseIon,
  View: lazy(() => import('./EquilibrationView')),
};
