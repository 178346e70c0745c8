import { describe, expect, test } from 'vitest';
import { capacitanceUnitSlips, elementaryChargesSlip, quarterAreaSlip } from './chargeSlips';

describe('the slips in counting the ions that charge a cell', () => {
  test('πr² for 4πr² gives a quarter of the answer', () => {
    expect(quarterAreaSlip(8)).toMatchObject({ value: 2, code: 'geometry' });
  });

  test('1 F/m² per µF/cm² gives 100 times the answer, 10⁻⁶ F/m² gives 10⁻⁴ times', () => {
    const [asOneFarad, withoutArea] = capacitanceUnitSlips(3);
    expect(asOneFarad?.value).toBeCloseTo(300, 12);
    expect(withoutArea?.value).toBeCloseTo(3e-4, 15);
    expect([asOneFarad?.code, withoutArea?.code]).toEqual(['unit', 'unit']);
  });

  test('one charge per ion gives |z| times the answer, and is no slip for z = ±1', () => {
    const [slip] = elementaryChargesSlip(5, -2, 'divide by |z|.');
    expect(slip?.value).toBe(10);
    expect(slip?.code).toBe('valence');
    expect(slip?.note).toBe('Each ion carries z = -2 elementary charges: divide by |z|.');
    expect(elementaryChargesSlip(5, 1, 'divide by |z|.')).toEqual([]);
    expect(elementaryChargesSlip(5, -1, 'divide by |z|.')).toEqual([]);
  });
});
