import { AVOGADRO, ELEMENTARY_CHARGE, VACUUM_PERMITTIVITY } from './constants';
import { finite, finiteResult, positive, valence } from './validate';

/**
 * Specific capacitance of the membrane as a parallel-plate capacitor, in F/m²:
 * C = ε0·ε_r / d. A 5 nm lipid core with ε_r = 2 gives 0.35 µF/cm² (measured membranes,
 * thinner and with polar head groups, are nearer 1 µF/cm²).
 */
export function membraneCapacitance(relativePermittivity: number, thickness: number): number {
  const fn = 'membraneCapacitance';
  positive(fn, 'relativePermittivity', relativePermittivity);
  positive(fn, 'thickness', thickness, 'm');
  return finiteResult(
    fn,
    'relativePermittivity / thickness',
    (VACUUM_PERMITTIVITY * relativePermittivity) / thickness,
  );
}

/** The field inside the membrane, in V/m, signed: E = V/d (−70 mV over 5 nm → −1.4 × 10⁷). */
export function membraneField(voltage: number, thickness: number): number {
  const fn = 'membraneField';
  finite(fn, 'voltage', voltage, 'V');
  positive(fn, 'thickness', thickness, 'm');
  return finiteResult(fn, 'voltage / thickness', voltage / thickness);
}

/** The charge per area on each face of the membrane, in C/m²: σ = C·V (inside face). */
export function membraneChargeDensity(specificCapacitance: number, voltage: number): number {
  const fn = 'membraneChargeDensity';
  positive(fn, 'specificCapacitance', specificCapacitance, 'F/m²');
  finite(fn, 'voltage', voltage, 'V');
  return finiteResult(fn, 'specificCapacitance × voltage', specificCapacitance * voltage);
}

export type SphericalCellCharge = {
  /** membrane area 4πr², m² */
  area: number;
  /** cell volume 4/3·πr³, m³ */
  volume: number;
  /** whole-cell capacitance C·A, F */
  capacitance: number;
  /** charge on the inside face Q = C·A·V, C */
  charge: number;
  /** ions of valence z that carry |Q|: |Q|/(|z|·e) */
  ionsMoved: number;
  /** ions of that species in the cell: c·volume·N_A */
  ionsInCell: number;
  /** ionsMoved / ionsInCell */
  fraction: number;
};

/**
 * How many ions charge the membrane of a spherical cell to V, against how many the cell holds.
 * A 10 µm-radius cell at −70 mV with 1 µF/cm² carries 8.8 × 10⁻¹³ C: 5.5 million K⁺ out of
 * 3.5 × 10¹¹ in the cell (about 1 in 64 000).
 */
export function sphericalCellCharge(cell: {
  radius: number;
  specificCapacitance: number;
  voltage: number;
  z: number;
  concentration: number;
}): SphericalCellCharge {
  const fn = 'sphericalCellCharge';
  const r = positive(fn, 'cell.radius', cell?.radius, 'm');
  const c = positive(fn, 'cell.specificCapacitance', cell.specificCapacitance, 'F/m²');
  const v = finite(fn, 'cell.voltage', cell.voltage, 'V');
  const z = valence(fn, 'cell.z (valence)', cell.z);
  const conc = positive(fn, 'cell.concentration', cell.concentration, 'mM');
  const area = 4 * Math.PI * r * r;
  const volume = (4 / 3) * Math.PI * r * r * r;
  const capacitance = c * area;
  const charge = capacitance * v;
  const ionsMoved = Math.abs(charge) / (Math.abs(z) * ELEMENTARY_CHARGE);
  const ionsInCell = conc * volume * AVOGADRO;
  const result = {
    area,
    volume,
    capacitance,
    charge,
    ionsMoved,
    ionsInCell,
    fraction: ionsMoved / ionsInCell,
  };
  for (const [key, value] of Object.entries(result)) finiteResult(fn, `cell (${key})`, value);
  return result;
}
