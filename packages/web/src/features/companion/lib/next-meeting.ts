// "At the next meeting" becomes a day when the case has a meeting after this one (its first session's date).

interface MeetingDates {
  id: string;
  sessions: readonly { start: string; end: string }[];
}

/** The first day of the first meeting that starts after this meeting's last session, or null. */
export function nextMeetingDay(meetings: readonly MeetingDates[], meetingId: string): string | null {
  const current = meetings.find((m) => m.id === meetingId);
  const last = current?.sessions[current.sessions.length - 1]?.end.slice(0, 10);
  if (last === undefined) return null;
  const later = meetings
    .filter((m) => m.id !== meetingId)
    .map((m) => m.sessions[0]?.start.slice(0, 10) ?? '')
    .filter((day) => day > last)
    .sort();
  return later[0] ?? null;
}
