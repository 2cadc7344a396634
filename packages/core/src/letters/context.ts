import { DateTime } from 'luxon';
import { serviceLogsToRequest, type CaseAnalysis } from '../analysis/index.js';
import type { CaseFile, Meeting, Parent, SsdPartner } from '../case/index.js';
import { findSsdPartner } from '../case/index.js';
import { DEFAULT_TIME_ZONE } from '../deadlines/index.js';
import type { MissingFact, ServiceLogToAsk } from './letter-types.js';

// What every letter builder needs, worked out once from the case: the date in the case's zone, the chosen
// meeting, the parent who signs, and whether SSD is involved.

export interface LetterContext {
  caseFile: CaseFile;
  /** The meeting the letter is about, when there is one. */
  meeting: Meeting | undefined;
  /** The meeting's zone, else the first meeting's, else America/Chicago. */
  zone: string;
  /** `now` as a moment. */
  nowMs: number;
  /** Today's date in the zone (YYYY-MM-DD): the letter's date. */
  today: string;
  parent: Parent;
  ssd: SsdPartner | null;
  is504: boolean;
  /** "IEP" or "504 plan". */
  plan: string;
  analysis: CaseAnalysis | undefined;
  /**
   * The service logs a records request asks for: the services BuildLetterInput.servicesWithoutLogs names and those
   * the data check says it could not tell about (serviceLogsToRequest), each once.
   */
  serviceLogs: ServiceLogToAsk[];
}

/** Epoch ms of a session time (wall clock in the meeting's zone). */
export function sessionMs(s: string, zone: string): number {
  return DateTime.fromISO(s, { zone }).toMillis();
}

function firstStart(m: Meeting): number {
  return Math.min(...m.sessions.map((s) => sessionMs(s.start, m.timeZone)));
}

/**
 * The meeting a letter is about when none is named: for a follow-up, the latest meeting that has started; for
 * the rest, the next meeting that has not started, else the latest one.
 */
function pickMeeting(
  meetings: readonly Meeting[],
  nowMs: number,
  afterMeeting: boolean,
): Meeting | undefined {
  const sorted = [...meetings].sort((a, b) => firstStart(a) - firstStart(b));
  const started = sorted.filter((m) => firstStart(m) <= nowMs);
  const upcoming = sorted.filter((m) => firstStart(m) > nowMs);
  if (afterMeeting) return started.at(-1) ?? upcoming[0];
  return upcoming[0] ?? started.at(-1);
}

/** Each service once, the entry with dates first (the data check's, when both name it). */
function serviceLogsToAsk(
  named: readonly ServiceLogToAsk[],
  analysis: CaseAnalysis | undefined,
): ServiceLogToAsk[] {
  const out = new Map<string, ServiceLogToAsk>();
  for (const s of [...(analysis ? serviceLogsToRequest(analysis) : []), ...named]) {
    if (!out.has(s.serviceId)) out.set(s.serviceId, s);
  }
  return [...out.values()];
}

export function buildContext(input: {
  caseFile: CaseFile;
  meetingId?: string | undefined;
  now: string;
  analysis?: CaseAnalysis | undefined;
  servicesWithoutLogs?: ServiceLogToAsk[] | undefined;
  afterMeeting: boolean;
}): { ok: true; ctx: LetterContext } | { ok: false; missing: MissingFact[] } {
  const { caseFile } = input;
  const now = DateTime.fromISO(input.now, { setZone: true });
  if (!now.isValid) {
    return {
      ok: false,
      missing: [{ field: 'now', message: `"${input.now}" is not a real moment in time.` }],
    };
  }
  let meeting: Meeting | undefined;
  if (input.meetingId !== undefined) {
    meeting = caseFile.meetings.find((m) => m.id === input.meetingId);
    if (meeting === undefined) {
      return {
        ok: false,
        missing: [
          { field: 'meetingId', message: `We could not find the meeting "${input.meetingId}" in the case.` },
        ],
      };
    }
  } else {
    meeting = pickMeeting(caseFile.meetings, now.toMillis(), input.afterMeeting);
  }
  const zone = meeting?.timeZone ?? caseFile.meetings[0]?.timeZone ?? DEFAULT_TIME_ZONE;
  const parent = caseFile.parents[0];
  if (parent === undefined) {
    return { ok: false, missing: [{ field: 'parents', message: 'Add your name as a parent or guardian.' }] };
  }
  const is504 = caseFile.student.planType === '504';
  const today = now.setZone(zone).toISODate() ?? '';
  return {
    ok: true,
    ctx: {
      caseFile,
      meeting,
      zone,
      nowMs: now.toMillis(),
      today,
      parent,
      ssd: findSsdPartner(caseFile.student.district),
      is504,
      plan: is504 ? '504 plan' : 'IEP',
      analysis: input.analysis,
      serviceLogs: serviceLogsToAsk(input.servicesWithoutLogs ?? [], input.analysis),
    },
  };
}
