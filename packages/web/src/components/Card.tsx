import type { ReactNode } from 'react';

/**
 * A card: one thing (a case, a meeting, a section of the case) with a heading, a line that sums it up and its
 * next step. The heading level is the caller's, so the page outline stays right.
 */
export function Card({
  heading,
  level = 2,
  summary,
  action,
  children,
  className,
}: {
  heading: ReactNode;
  level?: 2 | 3;
  summary?: ReactNode;
  action?: ReactNode;
  children?: ReactNode;
  /** Extra class names, for a page's own look or tests ("letter-kind"). */
  className?: string;
}) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className={className ? `card ${className}` : 'card'}>
      <H>{heading}</H>
      {summary ? <p className="card-summary">{summary}</p> : null}
      {children}
      {action ? <div className="actions">{action}</div> : null}
    </section>
  );
}
