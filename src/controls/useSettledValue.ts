import { useEffect, useState } from 'react';

/** How long a value must rest before it is announced: longer than a keyboard repeat. */
export const SETTLE_MS = 400;

/**
 * The value once it has stopped changing for SETTLE_MS. Live regions announce this one,
 * so a screen reader hears where a dragged slider came to rest, not every step on the way.
 */
export function useSettledValue<T>(value: T, delayMs = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
