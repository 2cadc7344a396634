import type { ReactNode } from 'react';
import { CollapsibleList } from './CollapsibleList';

export interface TimelineItem {
  key: string;
  /** When it happened or is due, already in words ("Monday, August 17"). */
  when: string;
  title: ReactNode;
  body?: ReactNode;
}

/**
 * Events in order down a line: meetings, letters sent, answers due. An ordered list, so the order is announced.
 * A long one shows its first `visible` events and a "Show all" button (CollapsibleList).
 */
export function Timeline({
  items,
  label,
  visible = Number.POSITIVE_INFINITY,
  noun = 'events',
}: {
  items: TimelineItem[];
  label: string;
  visible?: number;
  /** The plural noun for the "Show all" button. */
  noun?: string;
}) {
  return (
    <CollapsibleList
      ordered
      className="timeline"
      label={label}
      items={items}
      visible={visible}
      noun={noun}
      itemKey={(item) => item.key}
      renderItem={(item) => (
        <>
          <p className="timeline-when">{item.when}</p>
          <p className="timeline-title">{item.title}</p>
          {item.body ? <div>{item.body}</div> : null}
        </>
      )}
    />
  );
}
