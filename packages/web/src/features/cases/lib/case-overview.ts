import { atInstant, dayNumber, localDate, timeZone, toIsoDate, type CaseFile, type Meeting } from '@iep/core';
import type { BinderDocument, LettersOverview, RecordingSummary } from '@iep/core/contract';
import { formatLocal } from '../../../lib/format-time';
import { meetingKindLabel } from '../../../lib/labels';

// The one-line summaries of the case overview's cards. Pure: "now" comes in as epoch milliseconds, and each
// meeting's day is read in the meeting's own time zone (a server in UTC must not move a Tuesday meeting).

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface NextMeeting {
  meeting: Meeting;
  /** The session's start as written, wall clock in the meeting's zone ("2026-12-08T09:00"). */
  start: string;
  /** Whole calendar days from today (in the meeting's zone) to the meeting's day: 0 is today. */
  daysAway: number;
}

/** The soonest meeting with a session today or later, or null when none is coming up. */
export function nextMeeting(meetings: readonly Meeting[], nowMs: number): NextMeeting | null {
  let best: NextMeeting | null = null;
  for (const meeting of meetings) {
    const today = dayNumber(localDate(atInstant(nowMs, timeZone(meeting.timeZone))));
    for (const session of meeting.sessions) {
      const daysAway = dayNumber(toIsoDate(session.start.slice(0, 10))) - today;
      if (daysAway < 0) continue;
      if (
        best === null ||
        daysAway < best.daysAway ||
        (daysAway === best.daysAway && session.start < best.start)
      )
        best = { meeting, start: session.start, daysAway };
    }
  }
  return best;
}

/** "today", "tomorrow", "in 12 days". */
export function daysAwayWords(daysAway: number): string {
  if (daysAway === 0) return 'today';
  if (daysAway === 1) return 'tomorrow';
  return `in ${daysAway} days`;
}

/** The day of a session in words, with the year only when it is not this year: "Tuesday, December 8". */
function dayWords(start: string, nowMs: number): string {
  const thisYear = new Date(nowMs).getUTCFullYear().toString();
  return formatLocal(start, { dateOnly: true, withYear: start.slice(0, 4) !== thisYear });
}

/** The header's line about the next meeting: "Next meeting: Yearly IEP review in 4 days (Tuesday, December 8)." */
export function nextMeetingLine(meetings: readonly Meeting[], nowMs: number): string {
  const next = nextMeeting(meetings, nowMs);
  if (next === null)
    return meetings.length === 0
      ? 'No meeting set yet.'
      : 'No meeting coming up. Add the next one when you know it.';
  return `Next meeting: ${meetingKindLabel(next.meeting.kind)} ${daysAwayWords(next.daysAway)} (${dayWords(next.start, nowMs)}).`;
}

/** "3 meetings, next on Tuesday, December 8", "1 meeting, none coming up", "No meetings yet". */
export function meetingsSummary(meetings: readonly Meeting[], nowMs: number): string {
  if (meetings.length === 0) return 'No meetings yet';
  const next = nextMeeting(meetings, nowMs);
  const all = count(meetings.length, 'meeting', 'meetings');
  if (next === null) return `${all}, none coming up`;
  return next.daysAway === 0 ? `${all}, next one today` : `${all}, next on ${dayWords(next.start, nowMs)}`;
}

/** "IEP" or "504 plan", the short name of the plan for the header. */
export function planWords(planType: CaseFile['student']['planType']): string {
  return planType === 'IEP' ? 'IEP (special education)' : 'Section 504 plan';
}

/** "Grade 4 at Lincoln Elementary. 2 parents, 3 on the school team." */
export function childSummary(file: Pick<CaseFile, 'student' | 'parents' | 'team'>): string {
  const { student, parents, team } = file;
  const family = parents.length === 0 ? 'No parent added' : count(parents.length, 'parent', 'parents');
  const school = team.length === 0 ? 'no school team yet' : `${team.length} on the school team`;
  return `Grade ${student.grade} at ${student.school}. ${family}, ${school}.`;
}

/** "2 goals and 3 services", "No goals or services yet". */
export function goalsSummary(file: Pick<CaseFile, 'goals' | 'services'>): string {
  const { goals, services } = file;
  if (goals.length === 0 && services.length === 0) return 'No goals or services yet';
  return `${count(goals.length, 'goal', 'goals')} and ${count(services.length, 'service', 'services')}`;
}

/**
 * "2 letters sent, 1 draft", "No letters yet". A letter is sent when any copy of it went; a draft counts only
 * while its letter (kind and meeting) has not gone yet.
 */
export function lettersSummary(letters: LettersOverview): string {
  const key = (l: { kind: string; meetingId: string }) => `${l.kind}|${l.meetingId}`;
  const sent = new Set(letters.sent.map(key));
  const drafts = letters.drafts.filter((d) => !sent.has(key(d))).length;
  if (sent.size === 0 && drafts === 0) return 'No letters yet';
  if (sent.size === 0) return `No letters sent, ${count(drafts, 'draft', 'drafts')}`;
  const sentWords = `${count(sent.size, 'letter', 'letters')} sent`;
  return drafts === 0 ? sentWords : `${sentWords}, ${count(drafts, 'draft', 'drafts')}`;
}

/** "2 recordings, 1 hour 5 minutes in all", "No recordings yet". */
export function recordingsSummary(recordings: readonly RecordingSummary[]): string {
  const kept = recordings.filter((r) => r.status !== 'empty');
  if (kept.length === 0) return 'No recordings yet';
  const minutes = Math.round(kept.reduce((sum, r) => sum + r.totalMs, 0) / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const length =
    minutes < 1
      ? 'under a minute'
      : hours === 0
        ? count(rest, 'minute', 'minutes')
        : rest === 0
          ? count(hours, 'hour', 'hours')
          : `${count(hours, 'hour', 'hours')} ${count(rest, 'minute', 'minutes')}`;
  return `${count(kept.length, 'recording', 'recordings')}, ${length} in all`;
}

/** "4 papers in the binder", "No papers in the binder yet". */
export function documentsSummary(documents: readonly Pick<BinderDocument, 'id'>[]): string {
  return documents.length === 0
    ? 'No papers in the binder yet'
    : `${count(documents.length, 'paper', 'papers')} in the binder`;
}
