import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps an element from getting shorter while its width stays the same: it grows as its
 * content needs and keeps its tallest height as its min-height. A widget's readouts wrap
 * and its plot descriptions gain or lose a line as a slider moves; without this, each such
 * step moves everything below the widget (the chapter jitters under a dragged slider, and
 * the browser repaints what moved: frames of 50–90 ms in a chapter with the CPU throttled
 * 4×). A new width (a turned phone, a resized window, another theme's type) starts again
 * from the content's own height.
 */
export function useNoShrink(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let width = -1;
    let tallest = 0;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      if (!box) return;
      if (box.inlineSize !== width) {
        // The height reported was held up by the old min-height: measure without it.
        width = box.inlineSize;
        element.style.minHeight = '';
        tallest = element.getBoundingClientRect().height;
      } else if (box.blockSize > tallest) {
        tallest = box.blockSize;
      } else {
        return;
      }
      element.style.minHeight = `${tallest}px`;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
