// What several layers above need and no layer owns: text with subscripts, values that
// settle before they are announced, and localStorage that never throws.
export { Subscripted } from './Subscripted';
export { useSettledValue } from './useSettledValue';
export { readStored, storageWorks, writeStored } from './storage';
