import { AlertTriangle, Check, Circle, Info, XCircle } from 'lucide-react';
import type { ReactNode } from 'react';

export type ChipTone = 'done' | 'warning' | 'danger' | 'info' | 'neutral';

const ICONS = { done: Check, warning: AlertTriangle, danger: XCircle, info: Info, neutral: Circle } as const;

/**
 * A short status word in a chip ("Done", "Late", "Waiting"). The tone shows by an icon and a border as well as by
 * colour (WCAG 1.4.1); the words carry the meaning for screen readers.
 */
export function StatusChip({ tone, children }: { tone: ChipTone; children: ReactNode }) {
  const Icon = ICONS[tone];
  return (
    <span className={`chip chip-${tone}`}>
      <Icon className="icon" aria-hidden="true" focusable="false" />
      {children}
    </span>
  );
}
