import { DateTime } from 'luxon';
import type { CaseFile, Closure, Meeting, MeetingKind, SsdPartner } from '../case/index.js';
import { findSsdPartner } from '../case/index.js';
import {
  atInstant,
  atWallClock,
  formatZoned,
  isKnownTimeZone,
  localDate,
  onLocalDate,
  onOrBeforeBusinessDay,
  plusDays,
  readInstant,
  readWallClock,
  timeZone,
  type IsoDate,
  type ZonedTime,
} from '../calendar/index.js';
import { DomainError } from '../rules/domain-error.js';
import type { Basis, PlanTask } from './plan-types.js';

/** Everything the task builders need, worked out once per plan. */
export interface PlanContext {
  zone: string;
  now: ZonedTime;
  /** Start of the earliest session: preparation counts back from here. */
  first: ZonedTime;
  firstDate: IsoDate;
  /** End of the latest session: follow-up counts forward from here. */
  lastEnd: ZonedTime;
  lastEndDate: IsoDate;
  closures: readonly Closure[];
  caseFile: CaseFile | undefined;
  ssd: SsdPartner | null;
  planType: 'IEP' | '504';
  meetingKind: MeetingKind;
}

/** A task before its status is known; times stay ZonedTime until the plan is written out. */
export type DraftTask = Omit<PlanTask, 'status' | 'due' | 'latest'> & {
  due: ZonedTime;
  latest: ZonedTime | null;
};

export const iso = formatZoned;

/** `days` calendar days before the first session, moved back to a business day so the school can act on it. */
export function businessDayBefore(ctx: PlanContext, days: number): ZonedTime {
  const target = plusDays(ctx.first, -days);
  const date = localDate(target);
  const open = onOrBeforeBusinessDay(date, ctx.closures);
  return open === date ? target : onLocalDate(target, open);
}

function readMeetingTime(s: string, zone: string, what: string): number {
  const wall = readWallClock(s);
  if (wall !== null) return atWallClock(wall, timeZone(zone)).ms;
  const dt = DateTime.fromISO(s, { zone: timeZone(zone) });
  if (!dt.isValid)
    throw new DomainError(
      'invalid-meeting',
      `The meeting's ${what} time "${s}" is not a real date and time.`,
    );
  return dt.toMillis();
}

/** The epoch milliseconds of `now` (an ISO instant with its offset or Z). */
export function readNow(s: string): number {
  return readInstant(s) ?? readNowSlowly(s);
}

function readNowSlowly(s: string): number {
  const now = DateTime.fromISO(s, { setZone: true });
  if (!now.isValid) throw new DomainError('invalid-now', `"${s}" is not a real moment in time.`);
  return now.toMillis();
}

// SSD detection normalizes the district name; a server plans the same few cases over and over.
const ssdByDistrict = new Map<string, SsdPartner | null>();

function ssdPartnerOf(district: string): SsdPartner | null {
  let partner = ssdByDistrict.get(district);
  if (partner === undefined) {
    partner = findSsdPartner(district);
    if (ssdByDistrict.size > 10_000) ssdByDistrict.clear();
    ssdByDistrict.set(district, partner);
  }
  return partner;
}

export function buildContext(input: {
  meeting: Meeting;
  now: string;
  caseFile?: CaseFile | undefined;
}): PlanContext {
  const { meeting, caseFile } = input;
  const zone = meeting.timeZone;
  if (!isKnownTimeZone(zone)) {
    throw new DomainError(
      'invalid-time-zone',
      `"${zone}" is not a time zone we know. Use a name like America/Chicago.`,
    );
  }
  if (meeting.sessions.length === 0) {
    throw new DomainError('invalid-meeting', 'The meeting has no sessions. Add a start and end time.');
  }
  const nowMs = readNow(input.now);
  let first = Infinity;
  let lastEnd = -Infinity;
  for (const session of meeting.sessions) {
    const start = readMeetingTime(session.start, zone, 'start');
    // A session that (wrongly) ends before it starts still has a start: never let it pull the end earlier.
    const end = Math.max(readMeetingTime(session.end, zone, 'end'), start);
    first = Math.min(first, start);
    lastEnd = Math.max(lastEnd, end);
  }
  const z = timeZone(zone);
  const firstTime = atInstant(first, z);
  const lastEndTime = atInstant(lastEnd, z);
  return {
    zone,
    now: atInstant(nowMs, z),
    first: firstTime,
    firstDate: localDate(firstTime),
    lastEnd: lastEndTime,
    lastEndDate: localDate(lastEndTime),
    closures: caseFile?.closures ?? [],
    caseFile,
    ssd: caseFile ? ssdPartnerOf(caseFile.student.district) : null,
    planType: caseFile?.student.planType ?? 'IEP',
    meetingKind: meeting.kind,
  };
}

const basis =
  (kind: Basis['kind'], defaultConfidence: Basis['confidence']) =>
  (citation: string, summary: string, source: string, confidence = defaultConfidence): Basis => ({
    citation,
    confidence,
    kind,
    summary,
    source,
  });

/** A statute or regulation. */
export const law = basis('law', 'PRIMARY');
/** An organization that can help (MPACT): not a law. */
export const organization = basis('organization', 'PRIMARY');

/** Our advice to the parent: never PRIMARY (missouri-rules.md §16.9). */
export const advice = (
  citation: string,
  summary: string,
  source: string,
  confidence: 'SECONDARY' | 'UNCONFIRMED' = 'SECONDARY',
): Basis => ({ citation, confidence, kind: 'parent-practice', summary, source });

/** The options every deadline of this plan is computed with (closures only ever show what a district may count). */
export function deadlineOptions(ctx: PlanContext) {
  return {
    closures: ctx.closures,
    timeZone: ctx.zone,
    planType: ctx.planType,
    ssdPartner: ctx.ssd !== null,
  };
}
