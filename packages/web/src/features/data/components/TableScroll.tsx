import type { ReactNode } from 'react';

interface Props {
  /** The id of the table's caption: the scrolling box is a region named by it. */
  labelledBy: string;
  id?: string;
  hidden?: boolean;
  children: ReactNode;
}

/**
 * A wide table scrolls inside its own box on narrow screens. The box takes keyboard focus so keyboard users can
 * scroll it too (axe: scrollable-region-focusable), and is a named region so screen readers say what it is.
 */
export function TableScroll({ labelledBy, id, hidden, children }: Props) {
  return (
    <div id={id} className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0} hidden={hidden}>
      {children}
    </div>
  );
}
