import { describe, expect, test } from 'vitest';
import { describeSelectivity, describeTransfer, SELECTIVITY_WORDS } from './describe';
import { selectivityOf } from './model';

// In the K⁺-sized cage (0.133 nm), by hand: ΔG_Na = RT·ln 1000 = 17.8 kJ/mol, so the cage
// gives Na⁺ 17.8 − 365 = −347 kJ/mol; Rb⁺ and Cs⁺ sit at r_O + r, ΔG = G_hyd − 295·(0.273/d)²:
// 275 − 265.1 = 9.93 and 250 − 230.3 = 19.7 kJ/mol.
const KCSA = { ion: 'Na', cavity: 0.133e-9 };
const MINUS = '\u2212';

describe('the selectivity widget’s words', () => {
  test('the description gives the chosen ion’s three energies and its ratio to K⁺', () => {
    expect(describeSelectivity(KCSA)).toBe(
      `Teaching model, cavity radius 0.133 nm: Na⁺ pays +365 kJ/mol to leave water and gains ${MINUS}347 kJ/mol from the cage, net +17.8 kJ/mol; P/P_K = 0.001.`,
    );
  });

  test('the transfer plot’s description lists every ion’s net energy, K⁺ at zero', () => {
    const text = describeTransfer(KCSA.cavity, selectivityOf(KCSA));
    expect(text).toMatch(/^Net transfer energies at 0\.133 nm: Li⁺ \+\d+(\.\d)? kJ\/mol, /);
    expect(text).toContain('Na⁺ +17.8 kJ/mol, K⁺ 0 kJ/mol, Rb⁺ +9.93 kJ/mol, Cs⁺ +19.7 kJ/mol.');
  });

  test('the ratio readout names the chosen ion', () => {
    const na = selectivityOf(KCSA)[1]!;
    expect(SELECTIVITY_WORDS.readouts.ratio.label(na)).toBe('P(Na⁺) / P(K⁺)');
    expect(SELECTIVITY_WORDS.ratio(na)).toBe('0.001');
  });
});
