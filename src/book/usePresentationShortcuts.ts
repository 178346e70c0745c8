import { useEffect, useRef, useState } from 'react';
import { commandForKey, type PresentationCommand } from './presentationShortcuts';
import { readStored, writeStored } from '../common/storage';

const SINGLE_KEYS = 'membrane-potential:single-key-shortcuts:v1';

/**
 * Listens for the presentation page's shortcuts and calls `run` with each command. The
 * reader can switch the letter shortcuts off (remembered); PageUp/PageDown always work.
 */
export function usePresentationShortcuts(
  enabled: boolean,
  run: (command: PresentationCommand) => void,
) {
  const [singleKeys, setSingleKeys] = useState(() => readStored(SINGLE_KEYS) !== 'off');
  // The listener is added once; it reads the latest handler and setting from a ref.
  const latest = useRef({ run, singleKeys });
  useEffect(() => {
    latest.current = { run, singleKeys };
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const command = commandForKey(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          targetTag: target?.tagName ?? 'BODY',
          targetEditable: target?.isContentEditable ?? false,
        },
        latest.current.singleKeys,
      );
      if (!command) return;
      event.preventDefault();
      latest.current.run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);

  const chooseSingleKeys = (on: boolean) => {
    setSingleKeys(on);
    writeStored(SINGLE_KEYS, on ? 'on' : 'off');
  };
  return { singleKeys, chooseSingleKeys };
}
