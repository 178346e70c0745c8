/** The ions that cross the membrane of the pump–leak cell (cell.ts). */
export type CellIonName = 'K' | 'Na' | 'Cl';
export type IonTriple = Record<CellIonName, number>;

export const CELL_VALENCE: IonTriple = { K: 1, Na: 1, Cl: -1 };
export const CELL_IONS: readonly CellIonName[] = ['K', 'Na', 'Cl'];
