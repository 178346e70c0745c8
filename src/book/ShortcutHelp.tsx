import { useEffect, useId, useRef } from 'react';
import { PRESENTATION_SHORTCUTS } from './presentationShortcuts';

type ShortcutHelpProps = {
  open: boolean;
  onClose: () => void;
  singleKeys: boolean;
  onSingleKeysChange: (on: boolean) => void;
};

const KEY_NAMES: Record<string, string> = { PageDown: 'Page Down', PageUp: 'Page Up' };

/**
 * The list of presentation shortcuts, as a modal dialog (Escape closes it and focus
 * returns to where it was), with the switch for the letter shortcuts.
 */
export function ShortcutHelp({ open, onClose, singleKeys, onSingleKeysChange }: ShortcutHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {PRESENTATION_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.command}>
              <td>
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
                    <kbd>{KEY_NAMES[key] ?? key}</kbd>
                  </span>
                ))}
              </td>
              <td>{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcut-help-note">
        Shortcuts wait while a slider, field or menu has focus: press Tab or click the page first. A
        lecture clicker’s Page Down and Page Up step through the presets.
      </p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={singleKeys}
          onChange={(event) => onSingleKeysChange(event.target.checked)}
        />
        Single-letter shortcuts (turn off for speech input)
      </label>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
