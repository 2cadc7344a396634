import type { ClosureCount, PlanType } from './deadline-types.js';

// Sentences several deadline rules share (missouri-rules.md §2, §16.2, §16.5).

export const FEDERAL_LAST_DAY_NOTE =
  'This is a federal rule. We do not move the last day when it falls on a weekend, so you are never told you ' +
  'have more time than you do.';

export const BUSINESS_DAY_NOTE =
  'A business day is Monday to Friday, except federal and Missouri state holidays. Days your school is closed ' +
  'for a break do not change this date.';

export const PARENT_BY_NOTE =
  'Offices are closed on weekends and holidays. If the last day is one of them, send it by the business day ' +
  'before.';

export const SCHOOL_RECEIPT_NOTE =
  'An email that arrives at or after 5:00 PM, or on a weekend or holiday, counts as received the next business ' +
  'day. The law does not say when a business day ends: 5:00 PM is our rule of thumb.';

// RSMo 610.023.3 does not define "business day"; missouri-rules.md §2 says to count office days and warn that a
// district may also be closed on other days (§16.2: shown beside the date, labelled SECONDARY).
export const SUNSHINE_CLOSURES: ClosureCount = {
  citation: 'RSMo 610.023 does not define "business day"',
  confidence: 'SECONDARY',
  kind: 'district-policy',
  source: 'missouri-rules.md §2, §16.2',
  note:
    'The law does not say what a business day is, so a district may leave out the days its office is closed for ' +
    'a break.',
};

/**
 * A child's own records under the Sunshine Law (missouri-rules.md §2, §16.6): closed to the public, and not settled
 * whether the 3-day clock reaches a parent's request for them, so they are asked for under FERPA and IDEA (a 504
 * plan: FERPA and 104.36). One sentence for the deadline notes, the plan and the letters' notes.
 */
export function childRecordsNote(plan: PlanType): string {
  const under =
    plan === '504'
      ? 'FERPA (34 CFR 99.10) and 34 CFR 104.36'
      : 'FERPA (34 CFR 99.10) and IDEA (34 CFR 300.613)';
  return (
    "Your child's records, service logs too, are closed to the public (RSMo 610.021(6)). No one has settled " +
    `whether the Sunshine Law's 3-day rule covers them. So ask for them under ${under}. Use the Sunshine Law ` +
    'for district records, such as policies.'
  );
}
