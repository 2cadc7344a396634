import { plainPercent, weekBalance, type LedgerWeek, type ServiceLedger } from '@iep/core';

// The service-minutes ledger as table rows. "Owed" per week is the running balance: all missed minutes so far
// (only minutes the log marks missed) minus all make-up minutes so far, never below zero, so the last row matches
// the service's total owed minutes (make-up given after the service ended is only in the total). Minutes the log
// says nothing about are "unknown", in their own column, never owed.

export interface LedgerRow {
  weekStart: string;
  required: number;
  excused: number;
  delivered: number;
  /** Minutes marked missed that the IEP called for. */
  missed: number;
  /** Minutes the log does not mention: not delivered, not marked missed. */
  unknown: number;
  makeUp: number;
  owed: number;
  log: LedgerWeek['log'];
}

/** More weeks than this and the week table starts closed, so the totals come first. */
export const LONG_LEDGER_WEEKS = 8;

export function ledgerRows(weeks: readonly LedgerWeek[]): LedgerRow[] {
  let shortfall = 0;
  let makeUp = 0;
  return weeks.map((w) => {
    const balance = weekBalance(w);
    shortfall += balance.shortfall;
    makeUp += w.makeUpMinutes;
    return {
      weekStart: w.weekStart,
      required: w.requiredMinutes,
      excused: w.excusedMinutes,
      delivered: w.deliveredMinutes,
      missed: balance.shortfall,
      unknown: balance.unknown,
      makeUp: w.makeUpMinutes,
      owed: Math.max(0, shortfall - makeUp),
      log: w.log,
    };
  });
}

/** "80%" for 0.8; when the weeks the log covers called for nothing, says so. */
export function deliveryRateText(rate: number | null): string {
  if (rate === null) return 'No minutes were due in the weeks the log covers';
  return plainPercent(rate);
}

function minutesText(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'minute' : 'minutes'}`;
}

/** The one-line summary read before the table: what the log shows, what it marks missed, what it does not say. */
export function ledgerSentence(l: ServiceLedger): string {
  if (l.logStatus === 'none') {
    return (
      `We have no service log for this service. The IEP called for ${minutesText(l.requiredMinutes)} so far. ` +
      'We cannot tell which sessions happened, so nothing is counted as missed. Ask the school for the logs.'
    );
  }
  const parts = [
    `The log shows ${minutesText(l.deliveredMinutes)} given. It marks ${minutesText(l.shortfallMinutes)} as missed, ` +
      `with ${minutesText(l.owedMinutes)} not made up.`,
  ];
  if (l.unknownMinutes > 0)
    parts.push(
      `It does not say what happened to ${minutesText(l.unknownMinutes)}: those are unknown, not missed.`,
    );
  return parts.join(' ');
}
