import { useEffect, useState } from 'react';

/** How long a value must rest before it is announced: longer than a keyboard repeat. */
export const SETTLE_MS = 400;

/**
 * Values waiting to settle, each with the setter that shows it. A slider step changes
 * every readout and plot description of a widget at once; one timer for all of them,
 * re-armed only when it fires early, costs far less per step than a timer set and
 * cleared per value (measured: seven timers per step on the ghk widget).
 */
const pending = new Map<(value: unknown) => void, { value: unknown; changedAt: number }>();
let timer: ReturnType<typeof setTimeout> | undefined;

function flushSettled() {
  timer = undefined;
  const now = performance.now();
  let wait = 0;
  for (const [show, { value, changedAt }] of pending) {
    const rested = now - changedAt;
    if (rested >= SETTLE_MS) {
      pending.delete(show);
      show(value);
    } else wait = Math.max(wait, SETTLE_MS - rested);
  }
  if (pending.size > 0) timer = setTimeout(flushSettled, wait);
}

function settleLater(show: (value: unknown) => void, value: unknown) {
  pending.set(show, { value, changedAt: performance.now() });
  timer ??= setTimeout(flushSettled, SETTLE_MS);
}

/**
 * The value once it has stopped changing for SETTLE_MS. Live regions announce this one,
 * so a screen reader hears where a dragged slider came to rest, not every step on the way.
 */
export function useSettledValue<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const show = setSettled as (value: unknown) => void;
    settleLater(show, value);
    return () => {
      pending.delete(show);
    };
  }, [value]);
  return settled;
}
