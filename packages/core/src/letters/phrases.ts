import { DateTime } from 'luxon';
import { plainDate } from '../calendar/index.js';
import type { Meeting } from '../case/index.js';
import type { LetterBlock } from './letter-types.js';
import type { LetterContext } from './context.js';

// Shared wording. Sentences are short on purpose: every letter must read at grade 8 or below.

export { plainDate };

const time = (dt: DateTime) => dt.toFormat('h:mm a');

/** One session written plainly in the meeting's zone: "Monday, December 7, 2026, from 9:00 AM to 11:30 AM (Central Standard Time)". */
function sessionText(start: string, end: string, zone: string): string {
  const s = DateTime.fromISO(start, { zone, locale: 'en-US' });
  const e = DateTime.fromISO(end, { zone, locale: 'en-US' });
  const sameDay = s.toISODate() === e.toISODate();
  const until = sameDay ? time(e) : `${e.toFormat('cccc, LLLL d, yyyy')} at ${time(e)}`;
  return `${s.toFormat('cccc, LLLL d, yyyy')}, from ${time(s)} to ${until} (${s.toFormat('ZZZZZ')})`;
}

export function sessionLines(meeting: Meeting): string[] {
  return [...meeting.sessions]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((s) => sessionText(s.start, s.end, meeting.timeZone));
}

/** The first session's local date (YYYY-MM-DD). */
export function meetingDate(meeting: Meeting): string {
  const first = [...meeting.sessions].sort((a, b) => a.start.localeCompare(b.start))[0];
  return first === undefined ? '' : first.start.slice(0, 10);
}

const MEETING_NAMES: Record<Meeting['kind'], string> = {
  'initial-iep': 'first IEP meeting',
  'annual-review': 'annual IEP review meeting',
  'iep-amendment': 'IEP change meeting',
  eligibility: 'eligibility meeting',
  'evaluation-planning': 'evaluation planning meeting',
  'review-of-existing-data': 'review of existing data meeting',
  reevaluation: 're-evaluation meeting',
  'manifestation-determination': 'manifestation determination meeting',
  'transition-planning': 'transition planning meeting',
  '504-initial': 'first 504 plan meeting',
  '504-review': '504 plan review meeting',
  'facilitated-iep': 'facilitated IEP meeting',
  'resolution-session': 'resolution meeting',
  mediation: 'mediation',
  other: 'meeting',
};

export function meetingName(meeting: Meeting): string {
  return MEETING_NAMES[meeting.kind];
}

/** "the annual IEP review meeting on December 7, 2026". */
export function meetingPhrase(meeting: Meeting): string {
  return `the ${meetingName(meeting)} on ${plainDate(meetingDate(meeting))}`;
}

/** "my son Jordan Rivera (grade 7, Northwest Middle School)". */
export function studentPhrase(ctx: LetterContext): string {
  const s = ctx.caseFile.student;
  return `${s.name}, who is in grade ${s.grade} at ${s.school}`;
}

/** The fixed ask for Prior Written Notice; for a 504 plan, 104.36 asks for notice without a content list. */
export function pwnAsk(ctx: LetterContext, what = 'any of these requests'): string {
  return ctx.is504
    ? `If you refuse ${what}, please give me written notice of your decision and the reasons for it (34 CFR 104.36).`
    : `If you refuse ${what}, please give me Prior Written Notice, called a Notice of Action in Missouri (34 CFR 300.503).`;
}

/** After a meeting: the school has already said no, so ask for the notice of each refusal. */
export function pwnForRefusals(ctx: LetterContext): string {
  return ctx.is504
    ? 'For each thing the school refused, please give me written notice of the decision and the reasons for it (34 CFR 104.36).'
    : 'For each thing the school refused, please give me Prior Written Notice, called a Notice of Action in Missouri (34 CFR 300.503).';
}

export const CONTACT_ASK = 'Please reply to me by email, or call me, if you have any questions.';

/** A signature line for letters that must be signed on paper (a child complaint). */
export function signatureBlock(): LetterBlock {
  return { type: 'paragraph', text: 'Signature: ______________________________   Date: ______________' };
}

/** Text answers: trimmed, and never the "I don't know" marker. */
export function known(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.trim();
  return t === '' || t === 'unknown' ? undefined : t;
}

export function knownList(v: readonly string[] | undefined): string[] {
  return (v ?? []).map((s) => known(s)).filter((s): s is string => s !== undefined);
}

/** The parent's own words as a sentence in the letter: a capital first letter and an end mark. */
export function asSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.?!]["')\]]*$/.test(capital) ? capital : `${capital}.`;
}

/** A list line typed by the parent: a capital first letter, the rest as typed. */
export function asItem(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
