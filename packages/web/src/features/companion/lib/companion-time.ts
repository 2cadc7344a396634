import type { CompanionState, PromiseDue } from '@iep/core/contract';
import { formatInZone } from '../../../lib/format-time';
import { timeZoneLabel } from '../../../lib/plain-words';

// Times on the companion's screen: the session's running time, the scheduled end in the case's zone, the gentle
// notice before it, and the "by when" choices of a promise.

/** Wait before the next send after `failures` failures in a row: 1 s, 2 s, 4 s ... at most 30 s. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(30_000, 1000 * 2 ** Math.min(failures - 1, 10));
}

/** A length of time in words: "under a minute", "12 minutes", "1 hour 5 minutes". */
export function durationWords(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'under a minute';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const mins = `${m} minute${m === 1 ? '' : 's'}`;
  if (h === 0) return mins;
  const hours = `${h} hour${h === 1 ? '' : 's'}`;
  return m === 0 ? hours : `${hours} ${mins}`;
}

/** The recording-time stamp of a tap or note ("at 12:05 in the recording"), or '' without one. */
export function recordingStamp(atMs: number | null): string {
  if (atMs === null) return '';
  const s = Math.floor(atMs / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h > 0 ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${ss}`;
}

export const END_NOTICE_MS = 15 * 60_000;

/** True in the 15 minutes before the scheduled end (not after it, not without one). */
export function nearEnd(nowMs: number, scheduledEnd: string | null): boolean {
  if (scheduledEnd === null) return false;
  const left = Date.parse(scheduledEnd) - nowMs;
  return left > 0 && left <= END_NOTICE_MS;
}

/** "This session is set to end at 11:30 AM, Central Time (Missouri), on Monday, December 7." ('' without an end) */
export function scheduledEndWords(scheduledEnd: string | null, timeZone: string): string {
  if (scheduledEnd === null) return '';
  const when = formatInZone(scheduledEnd, timeZone);
  const cut = when.lastIndexOf(', ');
  return `This session is set to end at ${when.slice(cut + 2)}, ${timeZoneLabel(timeZone)}, on ${when.slice(0, cut)}.`;
}

type Sessions = CompanionState['sessions'];

/** The session taps go to: the last one started (0 before any). */
export function currentSession(sessions: Sessions): number {
  const started = sessions.filter((s) => s.startedAt !== null);
  return started.length === 0 ? 0 : Math.max(...started.map((s) => s.session));
}

/** Where the meeting is: not started, a session running, or between sessions (the last one ended). */
export function sessionPhase(sessions: Sessions): 'not-started' | 'running' | 'between' {
  const session = sessions.find((s) => s.session === currentSession(sessions));
  if (!session || session.startedAt === null) return 'not-started';
  return session.endedAt === null ? 'running' : 'between';
}

/** The "By when?" buttons of a promise. */
export const DUE_CHOICES: { label: string; due: PromiseDue }[] = [
  { label: 'Today', due: { kind: 'in-days', days: 0 } },
  { label: 'In 1 day', due: { kind: 'in-days', days: 1 } },
  { label: 'In 3 days', due: { kind: 'in-days', days: 3 } },
  { label: 'In 5 days', due: { kind: 'in-days', days: 5 } },
  { label: 'In 10 days', due: { kind: 'in-days', days: 10 } },
  { label: 'Next meeting', due: { kind: 'next-meeting' } },
];

/** A promise's "by when" in words: "by Wednesday, December 9" or "at the next meeting". */
export function dueText(due: string | null, dueWords: string | null): string {
  if (due !== null) return `by ${formatInZone(`${due}T12:00:00Z`, 'UTC', { dateOnly: true })}`;
  return dueWords ?? 'with no date yet';
}
