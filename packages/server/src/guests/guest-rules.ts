import { companionSchedule, type CaseFile } from '@iep/core';
import type { CompanionEntry, GuestCode } from '@iep/core/contract';

// When a guest code works. A code is for one meeting and is used once (the first phone that types it). It ends at
// the first of: the family ends guest access; the companion records the end of the meeting's last scheduled
// session (the parent tapped "the meeting is over"); or GRACE_HOURS after the last session's scheduled end.
// Four hours covers a meeting that runs long, yet a code never outlives the meeting's day by much. A meeting with
// no scheduled time gets NO_SCHEDULE_HOURS from the moment the code is made.

export const GRACE_HOURS = 4;
export const NO_SCHEDULE_HOURS = 8;
const HOUR = 3600 * 1000;

/** The latest moment a code made now for this meeting works (ISO, UTC). */
export function guestCodeExpiry(file: Pick<CaseFile, 'meetings'>, meetingId: string, now: Date): string {
  const ends = (companionSchedule(file, meetingId)?.scheduled ?? []).map((s) => Date.parse(s.end));
  const last = ends.filter((ms) => Number.isFinite(ms)).reduce((a, b) => Math.max(a, b), -Infinity);
  const at = Number.isFinite(last) ? last + GRACE_HOURS * HOUR : now.getTime() + NO_SCHEDULE_HOURS * HOUR;
  return new Date(at).toISOString();
}

/** Whether the companion recorded the end of the meeting's last scheduled session (or of any, with none). */
export function meetingMarkedDone(
  file: Pick<CaseFile, 'meetings'>,
  meetingId: string,
  entries: readonly CompanionEntry[],
): boolean {
  const sessions = companionSchedule(file, meetingId)?.scheduled.length ?? 0;
  const last = Math.max(0, sessions - 1);
  return entries.some(
    (e) => e.action.type === 'session' && e.action.state === 'end' && e.action.session >= last,
  );
}

/** A code's state: ended (by the family or the meeting's end) wins over expired, which wins over joined. */
export function guestCodeState(
  row: { ended_at: string | null; expires_at: string; used_at: string | null },
  now: Date,
  meetingDone: boolean,
): GuestCode['state'] {
  if (row.ended_at !== null || meetingDone) return 'ended';
  if (Date.parse(row.expires_at) <= now.getTime()) return 'expired';
  return row.used_at === null ? 'waiting' : 'joined';
}
