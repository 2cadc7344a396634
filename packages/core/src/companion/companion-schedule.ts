import type { CaseFile } from '../case/case-schema.js';
import { readWallClock } from '../calendar/parse-time.js';
import { atWallClock, formatZoned, localDate } from '../calendar/zoned-time.js';
import { timeZone } from '../calendar/zones.js';
import type { IsoDate } from '../calendar/iso-date.js';

// The meeting's sessions as moments in its zone (the companion shows the scheduled end and warns 15 minutes
// before it), and the day of the next meeting the case knows of ("at the next meeting" becomes that day).

export interface CompanionSchedule {
  timeZone: string;
  scheduled: { start: string; end: string }[];
  nextMeetingDay: IsoDate | null;
}

const DEFAULT_ZONE = 'America/Chicago';

export function companionSchedule(
  caseFile: Pick<CaseFile, 'meetings'>,
  meetingId: string,
): CompanionSchedule | null {
  const meeting = caseFile.meetings.find((m) => m.id === meetingId);
  if (meeting === undefined) return null;
  const zoneName = meeting.timeZone ?? DEFAULT_ZONE;
  const zone = timeZone(zoneName);
  const at = (local: string, zoneOf = zone) => {
    const wall = readWallClock(local);
    return wall === null ? null : atWallClock(wall, zoneOf);
  };
  const scheduled = meeting.sessions.flatMap((s) => {
    const start = at(s.start);
    const end = at(s.end);
    return start === null || end === null ? [] : [{ start: formatZoned(start), end: formatZoned(end) }];
  });
  const firstStart = meeting.sessions[0] === undefined ? null : at(meeting.sessions[0].start);
  let next: { ms: number; day: IsoDate } | null = null;
  if (firstStart !== null) {
    for (const other of caseFile.meetings) {
      if (other.id === meetingId || other.sessions[0] === undefined) continue;
      const start = at(other.sessions[0].start, timeZone(other.timeZone ?? DEFAULT_ZONE));
      if (start === null || start.ms <= firstStart.ms) continue;
      if (next === null || start.ms < next.ms) next = { ms: start.ms, day: localDate(start) };
    }
  }
  return { timeZone: zoneName, scheduled, nextMeetingDay: next?.day ?? null };
}
