import { describe, expect, it } from 'vitest';
import type { LedgerWeek } from '@iep/core';
import { deliveryRateText, ledgerRows } from './data-ledger';

const week = (weekStart: string, over: Partial<LedgerWeek>): LedgerWeek => ({
  weekStart,
  schoolDays: 5,
  requiredMinutes: 150,
  deliveredMinutes: 150,
  excusedMinutes: 0,
  missedMinutes: 0,
  makeUpMinutes: 0,
  shortfallMinutes: 0,
  logged: true,
  ...over,
});

describe('ledgerRows', () => {
  it('keeps a running owed balance: shortfalls add, make-up minutes pay back, never below zero', () => {
    const rows = ledgerRows([
      week('2026-09-07', { deliveredMinutes: 90 }), // 60 short
      week('2026-09-14', { deliveredMinutes: 120, excusedMinutes: 30 }), // excused: not short
      week('2026-09-21', { makeUpMinutes: 40 }), // owes 20
      week('2026-09-28', { makeUpMinutes: 30 }), // paid beyond: 0, not -10
      week('2026-10-05', { deliveredMinutes: 100 }), // 50 short again, credit of 10 from before counts
    ]);
    expect(rows.map((r) => r.shortfall)).toEqual([60, 0, 0, 0, 50]);
    expect(rows.map((r) => r.owed)).toEqual([60, 60, 20, 0, 40]);
  });
});

describe('deliveryRateText', () => {
  it('shows a percent with one decimal, and says when nothing was due', () => {
    expect(deliveryRateText(0.6667)).toBe('66.7%');
    expect(deliveryRateText(1)).toBe('100%');
    expect(deliveryRateText(null)).toBe('No minutes were due yet');
  });
});
