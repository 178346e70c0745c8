/**
 * localStorage that never throws: private modes, disabled storage and full quotas all
 * behave as "nothing stored" / "not saved" instead of crashing the page.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Returns whether the value was saved. */
export function writeStored(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Whether localStorage can be written at all (it may be blocked or full). */
export function storageWorks(): boolean {
  const probe = 'membrane-potential:probe';
  try {
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}
