import type { LedgerWeek, ServiceLedger } from '@iep/core';

// The service-minutes ledger as table rows. "Owed" per week is the running balance: all shortfalls so far minus
// all make-up minutes so far, never below zero, so the last row matches the service's total owed minutes
// (make-up given after the service ended is only in the total).

export interface LedgerRow {
  weekStart: string;
  required: number;
  excused: number;
  delivered: number;
  shortfall: number;
  makeUp: number;
  owed: number;
  logged: boolean;
}

/** More weeks than this and the week table starts closed, so the totals come first. */
export const LONG_LEDGER_WEEKS = 8;

export function ledgerRows(weeks: readonly LedgerWeek[]): LedgerRow[] {
  let shortfall = 0;
  let makeUp = 0;
  return weeks.map((w) => {
    const weekShortfall = Math.max(0, w.requiredMinutes - w.excusedMinutes - w.deliveredMinutes);
    shortfall += weekShortfall;
    makeUp += w.makeUpMinutes;
    return {
      weekStart: w.weekStart,
      required: w.requiredMinutes,
      excused: w.excusedMinutes,
      delivered: w.deliveredMinutes,
      shortfall: weekShortfall,
      makeUp: w.makeUpMinutes,
      owed: Math.max(0, shortfall - makeUp),
      logged: w.logged,
    };
  });
}

/** "80%" for 0.8; "no minutes were due" when nothing was due yet. */
export function deliveryRateText(rate: number | null): string {
  if (rate === null) return 'No minutes were due yet';
  return `${Math.round(rate * 1000) / 10}%`;
}

export function minutesText(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'minute' : 'minutes'}`;
}

/** The one-line summary read before the table. */
export function ledgerSentence(l: ServiceLedger): string {
  const due = l.requiredMinutes - l.excusedMinutes;
  return (
    `The log shows ${minutesText(l.deliveredMinutes)} given of the ${minutesText(due)} due ` +
    `(${deliveryRateText(l.deliveryRate)}), with ${minutesText(l.owedMinutes)} not made up.`
  );
}
