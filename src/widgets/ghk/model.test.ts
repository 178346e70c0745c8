import { describe, expect, test } from 'vitest';
import { defaultState, withDisplayValues } from '../params';
import { permeabilitySweep, potentialDomain, restingOf, tugOfWar } from './model';
import { NEURON_AT_REST, THREE_ION_PARAMS } from './threeIonParams';

// R·T/F at 37 °C, independent of the physics core.
const RT_F = (8.31446261815324 * 310.15) / 96485.33212331001;

const neuron = withDisplayValues(THREE_ION_PARAMS, defaultState(THREE_ION_PARAMS), NEURON_AT_REST);

/** The neuron's V_m for P_Na/P_K = r, by the GHK formula: K⁺ 140/4, Na⁺ 12/145, Cl⁻ 7/120. */
const vmByHand = (r: number) =>
  RT_F * Math.log((4 + r * 145 + 0.45 * 7) / (140 + r * 12 + 0.45 * 120));

describe('the ghk widget’s model', () => {
  const resting = restingOf(neuron);

  test('reads each Nernst potential: E_K = (RT/F)·ln(4/140), E_Cl = −(RT/F)·ln(120/7)', () => {
    expect(resting.eK).toBeCloseTo(RT_F * Math.log(4 / 140), 12);
    expect(resting.eNa).toBeCloseTo(RT_F * Math.log(145 / 12), 12);
    expect(resting.eCl).toBeCloseTo(-RT_F * Math.log(120 / 7), 12);
    expect(resting.pNa).toBeCloseTo(0.065, 12);
  });

  test('at −65.9 mV, K⁺ flows out, Na⁺ flows in and Cl⁻ (an anion, E_Cl = −76 mV) flows in', () => {
    expect(resting.vm).toBeCloseTo(vmByHand(0.065), 12);
    expect(resting.vm * 1000).toBeCloseTo(-65.9, 1);
    const pulls = tugOfWar(resting);
    expect(pulls.map((p) => [p.key, p.flowsOut])).toEqual([
      ['K', true],
      ['Na', false],
      ['Cl', false],
    ]);
    expect(pulls[0]!.e).toBe(resting.eK);
    expect(pulls[0]!.eMv).toBeCloseTo(RT_F * Math.log(4 / 140) * 1000, 9);
  });

  test('lets Cl⁻ flow out when K⁺ alone holds V_m below E_Cl', () => {
    const kOnly = restingOf({ ...neuron, PNa: 1e-4, PCl: 1e-4 });
    expect(kOnly.vm).toBeLessThan(kOnly.eCl);
    expect(tugOfWar(kOnly).map((p) => p.flowsOut)).toEqual([true, false, true]);
  });

  test('spans the potential axis from −110 mV to 10 mV above E_Na for the neuron', () => {
    const [lo, hi] = potentialDomain(resting);
    expect(lo).toBe(-110);
    expect(hi).toBeCloseTo(RT_F * Math.log(145 / 12) * 1000 + 10, 9);
  });

  test('sweeps V_m over P_Na/P_K from 10⁻⁴ to 100 on a log axis, as the GHK formula gives', () => {
    const sweep = permeabilitySweep(neuron);
    expect(sweep).toHaveLength(121);
    expect(sweep[0]![0]).toBe(1e-4);
    expect(sweep.at(-1)![0]).toBeCloseTo(100, 12);
    expect(sweep[60]![0]).toBeCloseTo(0.1, 12);
    for (const [r, vm] of [sweep[0]!, sweep[60]!, sweep.at(-1)!]) {
      expect(vm).toBeCloseTo(vmByHand(r) * 1000, 9);
    }
  });

  test('raises V_m with every step of P_Na/P_K, toward E_Na', () => {
    const sweep = permeabilitySweep(neuron);
    for (let i = 1; i < sweep.length; i++) expect(sweep[i]![1]).toBeGreaterThan(sweep[i - 1]![1]);
    expect(sweep.at(-1)![1]).toBeLessThan(resting.eNa * 1000);
  });
});
