import type { ReactNode } from 'react';

/** One plain line where a button is missing because of the member's role: "Only the family can record." */
export function RoleNote({ children }: { children: ReactNode }) {
  return <p className="hint role-note">{children}</p>;
}
