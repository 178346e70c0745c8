/** What a key press on a presentation page can ask for. */
export type PresentationCommand =
  'next-preset' | 'previous-preset' | 'reset' | 'fullscreen' | 'theme' | 'help';

export type Shortcut = {
  command: PresentationCommand;
  /** KeyboardEvent.key values; single characters are the ones a reader can switch off */
  keys: readonly string[];
  /** what the help overlay says it does */
  description: string;
};

/**
 * The presentation page's keys. PageDown and PageUp come first because they are what a
 * lecture clicker sends; the letters are for a keyboard at the lectern.
 */
export const PRESENTATION_SHORTCUTS: readonly Shortcut[] = [
  { command: 'next-preset', keys: ['PageDown', 'n'], description: 'Next preset' },
  { command: 'previous-preset', keys: ['PageUp', 'p'], description: 'Previous preset' },
  { command: 'reset', keys: ['r'], description: 'Reset to the starting values' },
  { command: 'fullscreen', keys: ['f'], description: 'Full screen on or off' },
  { command: 'theme', keys: ['t'], description: 'Next theme (projector, light, system)' },
  { command: 'help', keys: ['?'], description: 'Show or hide this list' },
];

type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** the focused element's tag name and, for inputs, its type */
  targetTag: string;
  targetType?: string;
  targetEditable?: boolean;
};

// Keys typed into these belong to the control: a slider uses PageUp/PageDown for big
// steps, a number field takes letters ("mM"), a select jumps to options by letter.
const CONTROL_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * The command a key press asks for, or null when it is not a shortcut here. With
 * `singleKeys` off (WCAG 2.1.4: a reader using speech input must be able to turn
 * character shortcuts off), only the non-character keys work.
 */
export function commandForKey(press: KeyPress, singleKeys: boolean): PresentationCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (CONTROL_TAGS.has(press.targetTag) || press.targetEditable) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (key.length === 1 && !singleKeys) return null;
  return PRESENTATION_SHORTCUTS.find((shortcut) => shortcut.keys.includes(key))?.command ?? null;
}
