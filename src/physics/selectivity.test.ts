import { describe, expect, test } from 'vitest';
import {
  CAGE_FLEXIBILITY,
  filterEnergies,
  GAS_CONSTANT,
  selectivityRatio,
  SELECTIVITY_IONS,
} from './index';

const R_K = SELECTIVITY_IONS.K.radius;

describe('filterEnergies (a teaching model)', () => {
  test('lets K⁺ trade water for the cage at no cost when the cavity fits it', () => {
    expect(filterEnergies('K', R_K).transferEnergy).toBeCloseTo(0, 6);
  });

  test('is calibrated to P_K/P_Na = 1000 in the K⁺-sized cage at 37 °C', () => {
    const k = filterEnergies('K', R_K).transferEnergy;
    const na = filterEnergies('Na', R_K).transferEnergy;
    expect(selectivityRatio(k, na, 310.15)).toBeCloseTo(1000, 6);
    // RT·ln 1000 at 310.15 K = 8.314 × 310.15 × 6.908 ≈ 17.81 kJ/mol
    expect((na - k) / 1000).toBeCloseTo(17.81, 2);
  });

  test('closes part, not all, of the gap around a small ion', () => {
    expect(CAGE_FLEXIBILITY).toBeGreaterThan(0);
    expect(CAGE_FLEXIBILITY).toBeLessThan(1);
  });

  test('makes the dehydration cost the negative of the hydration energy', () => {
    for (const ion of ['Li', 'Na', 'K', 'Rb', 'Cs'] as const) {
      expect(filterEnergies(ion, R_K).dehydrationCost).toBe(-SELECTIVITY_IONS[ion].hydrationEnergy);
    }
  });

  test('favours Na⁺ when the cavity shrinks to Na⁺’s size', () => {
    const cavity = SELECTIVITY_IONS.Na.radius;
    expect(filterEnergies('Na', cavity).transferEnergy).toBeLessThan(
      filterEnergies('K', cavity).transferEnergy,
    );
  });

  test('keeps Li⁺, the smallest and most hydrated, out of a K⁺ cage', () => {
    expect(filterEnergies('Li', R_K).transferEnergy).toBeGreaterThan(
      filterEnergies('Na', R_K).transferEnergy,
    );
  });

  test('rejects a non-positive cavity naming it', () => {
    expect(() => filterEnergies('K', 0)).toThrow(/filterEnergies: cavity/);
  });
});

describe('selectivityRatio', () => {
  test('is the Boltzmann factor of the energy difference', () => {
    const t = 300;
    expect(selectivityRatio(0, GAS_CONSTANT * t, t)).toBeCloseTo(Math.E, 12);
    expect(selectivityRatio(5000, 5000, t)).toBe(1);
  });

  test('rejects a temperature of 0 K', () => {
    expect(() => selectivityRatio(0, 1, 0)).toThrow(RangeError);
  });
});
