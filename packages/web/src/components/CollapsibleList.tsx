import { useState, type ReactNode } from 'react';

/**
 * A long list that shows its first few items and a button for the rest (docs/design.md, "Page length"). The
 * button says how many are hidden; after it opens the list, focus stays on the button, which now says "Show fewer".
 */
export function CollapsibleList<T>({
  items,
  visible = 5,
  itemKey,
  renderItem,
  noun,
  className,
  ordered = false,
  label,
}: {
  items: readonly T[];
  visible?: number;
  itemKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** The plural noun for the button: "Show all 12 bookmarks". */
  noun: string;
  className?: string;
  /** An ordered list (<ol>), for things whose order means something, like a timeline. */
  ordered?: boolean;
  /** The list's accessible name, when the heading above does not name it. */
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const List = ordered ? 'ol' : 'ul';
  const shown = open || items.length <= visible + 1 ? items : items.slice(0, visible);
  return (
    <>
      <List className={className} aria-label={label}>
        {shown.map((item, i) => (
          <li key={itemKey(item, i)}>{renderItem(item, i)}</li>
        ))}
      </List>
      {items.length > visible + 1 ? (
        <button
          type="button"
          className="button secondary"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? `Show fewer ${noun}` : `Show all ${items.length} ${noun}`}
        </button>
      ) : null}
    </>
  );
}
