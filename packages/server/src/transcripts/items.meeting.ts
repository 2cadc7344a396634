import type { CaseFile } from '@iep/core';
import { DateTime } from 'luxon';

// The day a meeting happened, for resolving "by Friday" and for titles. Session times are wall-clock times in the
// meeting's zone, so the first session's date is already the local day.

const DEFAULT_ZONE = 'America/Chicago';

/** YYYY-MM-DD of the meeting's first session; without one, today in the meeting's (or Missouri's) zone. */
export function meetingDay(file: CaseFile | null, meetingId: string, now: Date): string {
  const meeting = file?.meetings.find((m) => m.id === meetingId);
  const first = meeting?.sessions.map((s) => s.start).sort()[0];
  if (first !== undefined) return first.slice(0, 10);
  const zone = meeting?.timeZone ?? file?.meetings[0]?.timeZone ?? DEFAULT_ZONE;
  return DateTime.fromJSDate(now).setZone(zone).toISODate() ?? now.toISOString().slice(0, 10);
}
