// The follow-up email's 24-hour clock on the plan: good practice (a record made while memories are fresh), not a
// law, and it says so. The task's due is the meeting's end + 24 hours (core's planner).

const HOUR = 3_600_000;

/** "19 hours left", "Less than an hour left", the past-due sentence, or null before the meeting has ended. */
export function followUpClock(dueIso: string, nowMs: number): string | null {
  const due = Date.parse(dueIso);
  if (Number.isNaN(due) || nowMs < due - 24 * HOUR) return null;
  if (nowMs >= due) return 'It is past 24 hours. Send it soon.';
  const hours = Math.floor((due - nowMs) / HOUR);
  if (hours < 1) return 'Less than an hour left.';
  return `${hours} hour${hours === 1 ? '' : 's'} left.`;
}
