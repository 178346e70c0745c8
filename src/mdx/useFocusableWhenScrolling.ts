import { useLayoutEffect, useRef } from 'react';

/**
 * A box that scrolls sideways (a wide table or equation on a phone) must be reachable by
 * keyboard, or its hidden part is lost to keyboard users. This makes the element a
 * focusable, labelled region only while its content is wider than it is.
 */
export function useFocusableWhenScrolling<T extends HTMLElement>(label: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      if (element.scrollWidth > element.clientWidth + 1) {
        element.tabIndex = 0;
        element.setAttribute('role', 'region');
        element.setAttribute('aria-label', label);
      } else {
        element.removeAttribute('tabindex');
        element.removeAttribute('role');
        element.removeAttribute('aria-label');
      }
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [label]);
  return ref;
}
