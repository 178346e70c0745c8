import type { ComponentProps } from 'react';
import { useFocusableWhenScrolling } from './useFocusableWhenScrolling';

/** A Markdown table in a box that scrolls sideways on narrow screens. */
export function Table(props: ComponentProps<'table'>) {
  const ref = useFocusableWhenScrolling<HTMLDivElement>('Table, scrolls sideways');
  return (
    <div ref={ref} className="table-scroll">
      <table {...props} />
    </div>
  );
}
