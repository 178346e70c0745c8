import { useLayoutEffect, type RefObject } from 'react';

/** What a reader changes a widget with (a slider too, which is told apart below). */
const CONTROLS = 'button, input, select, textarea';

/**
 * Keeps an element from getting shorter while its width stays the same: it grows as its
 * content needs and keeps its tallest height as its min-height. A widget's readouts wrap
 * and its plot descriptions gain or lose a line as a slider moves; without this, each such
 * step moves everything below the widget (the chapter jitters under a dragged slider, and
 * the browser repaints what moved: frames of 50–90 ms in a chapter with the CPU throttled
 * 4×). A new width (a turned phone, a resized window, another theme's type) starts again
 * from the content's own height, and so does a click or a committed change on a control
 * other than a slider (a preset, an ion, a typed value): such a change is made once, and
 * what it took away (the custom valence's field, say) should not leave a gap.
 */
export function useNoShrink(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let width = -1;
    let tallest = 0;
    const hold = () => {
      element.style.minHeight = `${tallest}px`;
    };
    // The content's own height, measured without the min-height that held it up.
    const startAgain = () => {
      element.style.minHeight = '';
      tallest = element.getBoundingClientRect().height;
      hold();
    };
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      if (!box) return;
      if (box.inlineSize !== width) {
        width = box.inlineSize;
        startAgain();
      } else if (box.blockSize > tallest) {
        tallest = box.blockSize;
        hold();
      }
    });
    let frame = 0;
    const onDiscreteChange = (event: Event) => {
      const control = event.target instanceof Element && event.target.closest(CONTROLS);
      if (!control || (control instanceof HTMLInputElement && control.type === 'range')) return;
      // After the change has been rendered (React renders in its own listener, at the root,
      // which runs after this one), before it is painted.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(startAgain);
    };
    observer.observe(element);
    element.addEventListener('click', onDiscreteChange);
    element.addEventListener('change', onDiscreteChange);
    return () => {
      observer.disconnect();
      element.removeEventListener('click', onDiscreteChange);
      element.removeEventListener('change', onDiscreteChange);
      cancelAnimationFrame(frame);
    };
  }, [ref]);
}
