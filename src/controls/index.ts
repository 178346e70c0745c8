// Shared controls: every widget builds its panel from these, never its own copies.
export { Slider, type SliderProps } from './Slider';
export { IonPicker, type IonChoice } from './IonPicker';
export { Presets, type PresetChoice } from './Presets';
export { Readout } from './Readout';
