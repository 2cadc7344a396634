import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_HAS_RECORDING, MEETING_HAS_SENT_LETTERS } from './meeting-rows.js';
import { dumpTables } from '../test-support/state-dump.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// Removing a meeting removes every row that belongs to it, on both databases, and nothing of another meeting.
// The check reads every row of every table (state-dump), so a table added later that keeps a meeting's rows
// fails here until meeting-rows.ts removes them too.

const targets = await storageTargets();
const AT = '2026-11-23T15:00:00.000Z';

function meeting(id: string) {
  return {
    id,
    kind: 'iep-amendment',
    timeZone: 'America/Chicago',
    sessions: [{ start: '2027-01-12T14:00', end: '2027-01-12T15:00' }],
  };
}

/** The tables (and their row counts) whose rows name the meeting, the case's paper trail left out. */
async function rowsNaming(t: TestApp, meetingId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [table, rows] of Object.entries(await dumpTables(t.storage))) {
    if (table.endsWith('case_events') || table.endsWith('cases')) continue;
    const naming = rows.filter((row) => row.includes(meetingId)).length;
    if (naming > 0) out[table] = naming;
  }
  return out;
}

/** One row of a meeting in every table that can hold one (as the features write them). */
async function fillMeeting(t: TestApp, s: Session, caseId: string, meetingId: string): Promise<void> {
  const db = t.storage.db;
  const put = await t.as(s, 'PUT', `/api/cases/${caseId}/meetings/${meetingId}/tasks/data-review`, {
    done: true,
  });
  expect(put.statusCode).toBe(200);
  await db
    .insertInto('companion_entries')
    .values({
      case_id: caseId,
      id: `tap-${meetingId}`,
      meeting_id: meetingId,
      seq: 1,
      at: AT,
      at_ms: null,
      session: 0,
      action: JSON.stringify({ type: 'note', text: 'Asked about reading help' }),
      created_at: AT,
      bookmarked: 1,
    })
    .execute();
  await db
    .insertInto('letter_drafts')
    .values({ case_id: caseId, kind: 'concerns', meeting_id: meetingId, answers: '{}', updated_at: AT })
    .execute();
  await db
    .insertInto('letter_files')
    .values({
      id: `file-${meetingId}`,
      case_id: caseId,
      kind: 'concerns',
      meeting_id: meetingId,
      format: 'txt',
      filename: 'concerns.txt',
      sha256: 'a'.repeat(64),
      bytes: 5,
      content: Buffer.from('hello'),
      created_at: AT,
    })
    .execute();
  await db
    .insertInto('recordings')
    .values({ id: `rec-${meetingId}`, case_id: caseId, meeting_id: meetingId, created_at: AT })
    .execute();
  await db
    .insertInto('bookmarks')
    .values({
      id: `mark-${meetingId}`,
      recording_id: `rec-${meetingId}`,
      at_ms: 0,
      part_id: null,
      kind: 'note',
      note: 'from a tap',
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await db
    .insertInto('guest_codes')
    .values({
      id: `code-${meetingId}`,
      code_hash: `hash-${meetingId}`,
      case_id: caseId,
      meeting_id: meetingId,
      created_by: s.userId,
      created_at: AT,
      expires_at: '2026-11-24T15:00:00.000Z',
      guest_name: 'Aunt May',
      used_at: AT,
      ended_at: null,
    })
    .execute();
  await db
    .insertInto('guest_sessions')
    .values({ id: `guest-${meetingId}`, code_id: `code-${meetingId}`, csrf_token: 'x', created_at: AT })
    .execute();
  await db
    .insertInto('answer_marks')
    .values({
      case_id: caseId,
      item_id: `promise.${meetingId}.item-1`,
      document_id: null,
      answered_on: '2026-11-23',
      marked_by: s.userId,
      marked_at: AT,
    })
    .execute();
  await db
    .insertInto('escalation_known_dates')
    .values({ case_id: caseId, event_id: `meeting:${meetingId}`, known_on: '2026-11-23', updated_at: AT })
    .execute();
}

async function addPart(t: TestApp, recordingId: string): Promise<void> {
  await t.storage.db
    .insertInto('recording_parts')
    .values({
      id: `part-${recordingId}`,
      recording_id: recordingId,
      client_part_id: 'client-1',
      source: 'browser',
      started_at: AT,
      mime_type: 'audio/webm',
      device: null,
      status: 'recording',
      duration_ms: null,
      blob_id: null,
      sha256: null,
      bytes: null,
      original_blob_id: null,
      original_name: null,
      error: null,
      peaks: null,
      last_seq: null,
      finish_requested_at: null,
      last_chunk_at: AT,
      created_at: AT,
    })
    .execute();
}

describe.each(targets)('removing a meeting on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let s: Session;
    let caseId: string;
    beforeAll(async () => {
      t = await createTestApp(target);
      s = await t.signUp('parent@example.org');
      caseId = (await t.as(s, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      for (const id of ['gone-meeting', 'kept-meeting', 'recorded-meeting', 'lettered-meeting']) {
        expect((await t.as(s, 'POST', `/api/cases/${caseId}/meetings`, meeting(id))).statusCode).toBe(201);
        await fillMeeting(t, s, caseId, id);
      }
    });
    afterAll(async () => t?.close());

    it('removes every row of the meeting in one go and keeps every row of the others', async () => {
      const kept = await rowsNaming(t, 'kept-meeting');
      expect(Object.keys(await rowsNaming(t, 'gone-meeting')).length).toBeGreaterThanOrEqual(9);

      const response = await t.as(s, 'DELETE', `/api/cases/${caseId}/meetings/gone-meeting`);
      expect(response.statusCode).toBe(200);

      expect(await rowsNaming(t, 'gone-meeting')).toEqual({});
      expect(await rowsNaming(t, 'kept-meeting')).toEqual(kept);
      // The rows keyed by another id of theirs (a session by its code, a bookmark by its recording) went too.
      const db = t.storage.db;
      expect(await db.selectFrom('guest_sessions').select('id').orderBy('id').execute()).toEqual([
        { id: 'guest-kept-meeting' },
        { id: 'guest-lettered-meeting' },
        { id: 'guest-recorded-meeting' },
      ]);
      expect(
        await db.selectFrom('bookmarks').select('id').where('id', '=', 'mark-gone-meeting').execute(),
      ).toEqual([]);
    });

    it('keeps a meeting with a recording, and all its rows, with a plain reason', async () => {
      await addPart(t, 'rec-recorded-meeting');
      const before = await rowsNaming(t, 'recorded-meeting');
      const response = await t.as(s, 'DELETE', `/api/cases/${caseId}/meetings/recorded-meeting`);
      expect(response.statusCode).toBe(409);
      expect(response.json<{ error: string }>().error).toBe(MEETING_HAS_RECORDING);
      expect(await rowsNaming(t, 'recorded-meeting')).toEqual(before);
      const stored = await t.as(s, 'GET', `/api/cases/${caseId}`);
      expect(
        stored.json<{ file: { meetings: { id: string }[] } }>().file.meetings.map((m) => m.id),
      ).toContain('recorded-meeting');
    });

    it('keeps a meeting with a sent letter, and all its rows', async () => {
      await t.storage.db
        .insertInto('letters_sent')
        .values({
          id: 'sent-1',
          case_id: caseId,
          file_id: 'file-lettered-meeting',
          kind: 'concerns',
          meeting_id: 'lettered-meeting',
          sent_at: AT,
          method: 'email',
          sha256: 'a'.repeat(64),
          created_at: AT,
          received_on: null,
          clocks: null,
        })
        .execute();
      const before = await rowsNaming(t, 'lettered-meeting');
      const response = await t.as(s, 'DELETE', `/api/cases/${caseId}/meetings/lettered-meeting`);
      expect(response.statusCode).toBe(409);
      expect(response.json<{ error: string }>().error).toBe(MEETING_HAS_SENT_LETTERS);
      expect(await rowsNaming(t, 'lettered-meeting')).toEqual(before);
    });
  });
});
