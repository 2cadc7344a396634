import { describe, expect, it } from 'vitest';
import type { LedgerWeek, ServiceLedger } from '@iep/core';
import { deliveryRateText, ledgerRows, ledgerSentence } from './data-ledger';

const week = (weekStart: string, over: Partial<LedgerWeek>): LedgerWeek => ({
  weekStart,
  schoolDays: 5,
  requiredMinutes: 150,
  deliveredMinutes: 150,
  excusedMinutes: 0,
  missedMinutes: 0,
  makeUpMinutes: 0,
  shortfallMinutes: 0,
  unknownMinutes: 0,
  log: 'logged',
  ...over,
});

describe('ledgerRows', () => {
  it('keeps a running owed balance of missed minutes: make-up pays back, never below zero', () => {
    const rows = ledgerRows([
      week('2026-09-07', { deliveredMinutes: 90, missedMinutes: 60 }), // 60 missed
      week('2026-09-14', { deliveredMinutes: 120, excusedMinutes: 30 }), // excused: not missed
      week('2026-09-21', { makeUpMinutes: 40 }), // owes 20
      week('2026-09-28', { makeUpMinutes: 30 }), // paid beyond: 0, not -10
      week('2026-10-05', { deliveredMinutes: 100, missedMinutes: 50 }), // 50 missed again, the credit of 10 counts
    ]);
    expect(rows.map((r) => r.missed)).toEqual([60, 0, 0, 0, 50]);
    expect(rows.map((r) => r.owed)).toEqual([60, 60, 20, 0, 40]);
  });

  it('a week with no log entries is unknown, never missed or owed', () => {
    const rows = ledgerRows([
      week('2026-11-16', { deliveredMinutes: 0, log: 'unknown' }),
      week('2026-11-23', { deliveredMinutes: 60 }), // 90 not in the log: unknown too
    ]);
    expect(rows.map((r) => [r.missed, r.unknown, r.owed, r.log])).toEqual([
      [0, 150, 0, 'unknown'],
      [0, 90, 0, 'logged'],
    ]);
  });
});

describe('deliveryRateText', () => {
  it('shows a percent with one decimal (core formatter), and says when nothing was due in the logged weeks', () => {
    expect(deliveryRateText(0.6667)).toBe('66.7%');
    expect(deliveryRateText(1)).toBe('100%');
    expect(deliveryRateText(null)).toBe('No minutes were due in the weeks the log covers');
  });
});

describe('ledgerSentence', () => {
  const base = {
    serviceId: 's1',
    name: 'Speech',
    iepMinutesPerWeek: 60,
    scheduledMinutesPerWeek: null,
    from: '2026-08-24',
    to: '2026-11-20',
    loggedFrom: null,
    loggedTo: null,
    unknownWeeks: 0,
    weeks: [],
    requiredMinutes: 600,
    deliveredMinutes: 0,
    excusedMinutes: 0,
    missedMinutes: 0,
    makeUpMinutes: 0,
    shortfallMinutes: 0,
    unknownMinutes: 600,
    owedMinutes: 0,
    deliveryRate: null,
    logStatus: 'none',
  } satisfies ServiceLedger;

  it('no log: says nothing is counted as missed and to ask for the logs', () => {
    const s = ledgerSentence({ ...base, logStatus: 'none' });
    expect(s).toMatch(/We have no service log/);
    expect(s).toMatch(/nothing is counted as missed/);
    expect(s).not.toMatch(/not made up/);
  });

  it('a partial log: given, marked missed, owed, and the unknown minutes apart', () => {
    const s = ledgerSentence({
      ...base,
      logStatus: 'partial',
      deliveredMinutes: 300,
      shortfallMinutes: 150,
      owedMinutes: 120,
      unknownMinutes: 150,
    });
    expect(s).toBe(
      'The log shows 300 minutes given. It marks 150 minutes as missed, with 120 minutes not made up. ' +
        'It does not say what happened to 150 minutes: those are unknown, not missed.',
    );
  });
});
