import { Inbox } from 'lucide-react';
import type { ReactNode } from 'react';

/** What a list shows when it has nothing yet: what would be here, and the one step that adds the first item. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty-state">
      <Inbox className="icon icon-large" aria-hidden="true" focusable="false" />
      <p className="empty-state-title">{title}</p>
      {children ? <div>{children}</div> : null}
      {action ? <div className="actions">{action}</div> : null}
    </div>
  );
}
