import { describe, expect, it } from 'vitest';
import { commandForKey, PRESENTATION_SHORTCUTS } from './presentationShortcuts';

const press = (key: string, extra: Partial<Parameters<typeof commandForKey>[0]> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  targetTag: 'BODY',
  ...extra,
});

describe('commandForKey', () => {
  it('maps a lecture clicker’s PageDown and PageUp to the next and previous preset', () => {
    expect(commandForKey(press('PageDown'), true)).toBe('next-preset');
    expect(commandForKey(press('PageUp'), true)).toBe('previous-preset');
  });

  it('maps every listed key to its command, letters in either case', () => {
    for (const shortcut of PRESENTATION_SHORTCUTS) {
      for (const key of shortcut.keys) {
        expect(commandForKey(press(key), true)).toBe(shortcut.command);
        if (key.length === 1)
          expect(commandForKey(press(key.toUpperCase()), true)).toBe(shortcut.command);
      }
    }
  });

  it('leaves keys alone when a modifier is held, so browser shortcuts keep working', () => {
    expect(commandForKey(press('r', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(press('f', { metaKey: true }), true)).toBeNull();
    expect(commandForKey(press('PageDown', { altKey: true }), true)).toBeNull();
  });

  it('leaves keys to a focused slider, number field, select or editable text', () => {
    expect(
      commandForKey(press('PageDown', { targetTag: 'INPUT', targetType: 'range' }), true),
    ).toBeNull();
    expect(commandForKey(press('r', { targetTag: 'INPUT', targetType: 'text' }), true)).toBeNull();
    expect(commandForKey(press('t', { targetTag: 'SELECT' }), true)).toBeNull();
    expect(commandForKey(press('n', { targetTag: 'DIV', targetEditable: true }), true)).toBeNull();
  });

  it('works from a focused button or link', () => {
    expect(commandForKey(press('n', { targetTag: 'BUTTON' }), true)).toBe('next-preset');
    expect(commandForKey(press('PageUp', { targetTag: 'A' }), true)).toBe('previous-preset');
  });

  it('ignores character keys when single-key shortcuts are switched off, but not PageUp/PageDown', () => {
    for (const key of ['n', 'p', 'r', 'f', 't', '?'])
      expect(commandForKey(press(key), false)).toBeNull();
    expect(commandForKey(press('PageDown'), false)).toBe('next-preset');
  });

  it('returns null for keys that are not shortcuts', () => {
    for (const key of ['a', 'Enter', ' ', 'ArrowRight', 'Escape', 'F5']) {
      expect(commandForKey(press(key), true)).toBeNull();
    }
  });

  it('gives no key to two commands', () => {
    const keys = PRESENTATION_SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
