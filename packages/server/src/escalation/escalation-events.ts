import {
  LETTER_KIND_INFO,
  isLetterKind,
  plainDate,
  toIsoDate,
  type CaseFile,
  type EscalationEvent,
  type IsoDate,
} from '@iep/core';
import { DateTime } from 'luxon';
import { listDocuments } from '../binder/documents.repository.js';
import type { Storage } from '../db/open-storage.js';
import { sentLettersOfCase } from '../letters/letters-sent.service.js';
import { confirmedRefusalsOfCase } from '../transcripts/items.integration.js';

// The case's events a time limit can count from (issue 14 §4): its meetings, the Notices of Action (Prior Written
// Notices) in its binder, the refusals confirmed from its transcripts, and the letters the parent sent. Only what
// has happened by today: a meeting still to come starts no window.

const DEFAULT_ZONE = 'America/Chicago';

/** The day a meeting began (its first session, in its own zone's wall-clock time). */
function meetingDay(m: CaseFile['meetings'][number]): IsoDate | null {
  const first = [...m.sessions].sort((a, b) => a.start.localeCompare(b.start))[0];
  return first === undefined ? null : toIsoDate(first.start.slice(0, 10));
}

const short = (text: string, max = 140): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** The case's zone: its first meeting's (the planner's and the letters' default). */
export function caseZone(file: CaseFile): string {
  return file.meetings[0]?.timeZone ?? DEFAULT_ZONE;
}

export async function escalationEvents(
  storage: Storage,
  caseId: string,
  file: CaseFile,
  today: IsoDate,
  knownDates: ReadonlyMap<string, string>,
): Promise<EscalationEvent[]> {
  const [documents, refusals, sent] = await Promise.all([
    listDocuments(storage.db, caseId),
    confirmedRefusalsOfCase(storage.db, caseId),
    sentLettersOfCase(storage, caseId),
  ]);
  const meetingDays = new Map<string, IsoDate>();
  for (const m of file.meetings) {
    const day = meetingDay(m);
    if (day !== null) meetingDays.set(m.id, day);
  }
  const zone = caseZone(file);
  const events: Omit<EscalationEvent, 'knewGiven'>[] = [];
  for (const m of file.meetings) {
    const on = meetingDays.get(m.id);
    if (on === undefined) continue;
    events.push({
      id: `meeting:${m.id}`,
      kind: 'meeting',
      label: `The meeting on ${plainDate(on)}`,
      on,
      knewDefault: on,
    });
  }
  for (const d of documents) {
    if (d.kind !== 'pwn') continue;
    const received = toIsoDate(d.received_on);
    const on = d.document_date !== null ? toIsoDate(d.document_date) : received;
    events.push({
      id: `document:${d.id}`,
      kind: 'notice-of-action',
      label: `Notice of Action (Prior Written Notice): ${short(d.title)}`,
      on,
      // The parent knew of a paper once it reached them; a date on the paper after that is its own day.
      knewDefault: received > on ? received : on,
    });
  }
  for (const r of refusals) {
    const on = meetingDays.get(r.meetingId);
    if (on === undefined) continue;
    events.push({
      id: `refusal:${r.id}`,
      kind: 'refusal',
      label: `A "no" at the meeting on ${plainDate(on)}: "${short(r.text)}"`,
      on,
      knewDefault: on,
    });
  }
  for (const s of sent) {
    const day = DateTime.fromISO(s.sentAt, { setZone: true }).setZone(zone).toISODate();
    if (day === null) continue;
    const on = toIsoDate(day);
    const title = isLetterKind(s.kind) ? LETTER_KIND_INFO[s.kind].title : 'Letter';
    events.push({
      id: `letter:${s.id}`,
      kind: 'letter-sent',
      label: `You sent a letter: ${title}`,
      on,
      knewDefault: on,
    });
  }
  return events
    .filter((e) => e.on <= today)
    .map((e) => {
      const given = knownDates.get(e.id);
      return { ...e, knewGiven: given === undefined ? null : toIsoDate(given) };
    });
}
