import type { ReactNode } from 'react';

export interface TimelineItem {
  key: string;
  /** When it happened or is due, already in words ("Monday, August 17"). */
  when: string;
  title: ReactNode;
  body?: ReactNode;
}

/** Events in order down a line: meetings, letters sent, answers due. An ordered list, so the order is announced. */
export function Timeline({ items, label }: { items: TimelineItem[]; label: string }) {
  return (
    <ol className="timeline" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <p className="timeline-when">{item.when}</p>
          <p className="timeline-title">{item.title}</p>
          {item.body ? <div>{item.body}</div> : null}
        </li>
      ))}
    </ol>
  );
}
