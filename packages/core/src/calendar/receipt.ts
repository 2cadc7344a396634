import { DateTime } from 'luxon';
import type { Confidence, RuleKind } from '../rules/confidence.js';
import { closedReason, nextBusinessDay } from './business-days.js';
import { type IsoDate } from './iso-date.js';
import { plainDayDate } from './plain-date.js';
import { atInstant, localDate, wallClockMs, DAY_MS, MINUTE_MS } from './zoned-time.js';
import { timeZone } from './zones.js';

// "Sent" is not "received" (missouri-rules.md §16.5). Many clocks start when an office RECEIVES something: the
// Sunshine Law's 3 business days from the custodian's receipt (RSMo 610.023.3), DESE's 60 days from its receipt of
// a child complaint (34 CFR 300.152(a)). An email sent in the evening, on a weekend or on a holiday is received on
// the next business day. Business days here are Monday to Friday except state holidays (RSMo 9.010); a school's
// own closure days never move a receipt (they are shown apart, as days "the district may count").

export interface OfficeHours {
  /** Who receives it, for sentences ("the custodian of records"). */
  who: string;
  /** Minutes after midnight the office opens, or null when anything that arrives before closing counts that day. */
  opens: number | null;
  /** Minutes after midnight from which an arrival counts as the next business day. */
  closes: number;
  citation: string;
  confidence: Confidence;
  kind: RuleKind;
  source: string;
}

/**
 * DESE counts a child complaint as filed on the day it receives it when it arrives between 8:00 AM and 4:30 PM on
 * a business day; otherwise on the next business day (dese.mo.gov; missouri-rules.md §6) [PRIMARY].
 */
export const DESE_FILING_HOURS: OfficeHours = {
  who: 'DESE',
  opens: 8 * 60,
  closes: 16 * 60 + 30,
  citation: 'DESE: a complaint received 8:00 AM to 4:30 PM on a business day is filed that day',
  confidence: 'PRIMARY',
  kind: 'agency-guidance',
  source: 'missouri-rules.md §6',
};

/**
 * A school office (the custodian of records, the special education office). No source says when its business day
 * ends: we take 5:00 PM local time, a common office closing time, so something sent at or after 5:00 PM counts as
 * received the next business day. This is our practice [SECONDARY], chosen so a parent is never told a district's
 * clock started earlier than the district can argue it did.
 */
export const SCHOOL_OFFICE_HOURS: OfficeHours = {
  who: 'the school office',
  opens: null,
  closes: 17 * 60,
  citation: 'IEP Ready practice: a school business day ends at 5:00 PM (no source sets the hour)',
  confidence: 'SECONDARY',
  kind: 'parent-practice',
  source: 'missouri-rules.md §2, §16.5',
};

export const CUSTODIAN_HOURS: OfficeHours = { ...SCHOOL_OFFICE_HOURS, who: 'the custodian of records' };

export interface Receipt {
  /** The moment it was sent, ISO with the offset of the zone at that moment. */
  sentAt: string;
  /** The business day it counts as received. */
  received: IsoDate;
  /** Null when it was received the day it was sent; else why it moved, in plain words. */
  moved: string | null;
}

function clock(minutes: number): string {
  return DateTime.utc(2000, 1, 1).plus({ minutes }).toFormat('h:mm a');
}

/** The business day something sent at `sentAtMs` counts as received by an office with these hours. */
export function receivedOn(sentAtMs: number, zoneName: string, hours: OfficeHours): Receipt {
  const zone = timeZone(zoneName);
  const at = atInstant(sentAtMs, zone);
  const day = localDate(at);
  const wall = wallClockMs(at);
  const minute = Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / MINUTE_MS);
  const sentAt = DateTime.fromMillis(sentAtMs, { zone }).toISO() ?? '';
  const closed = closedReason(day);
  let why: string | null = null;
  if (closed !== null) why = `it was sent on a day offices are closed (${closed})`;
  else if (hours.opens !== null && minute < hours.opens)
    why = `it was sent before ${clock(hours.opens)}, when ${hours.who} opens`;
  else if (minute >= hours.closes) why = `it was sent at or after ${clock(hours.closes)}`;
  if (why === null) return { sentAt, received: day, moved: null };
  const received = nextBusinessDay(day);
  return {
    sentAt,
    received,
    // Two short sentences: parents read this next to the date (grade 8.5 or below, plan-readability.test.ts).
    moved: `${hours.who.charAt(0).toUpperCase()}${hours.who.slice(1)} receives it on ${plainDayDate(received)}, the next business day. That is because ${why}.`,
  };
}
