import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRecording, insertBookmark } from '../recordings/recordings.repository.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';
import { BAD_DUE } from './items.patch.js';
import { readInOneQuery, readOneByOne } from '../plan/plan-inputs.repository.js';
import { extractAfterTranscript } from './items.service.js';
import type { TranscriptItem } from '@iep/core/contract';
import {
  insertSegments,
  insertTranscript,
  saveCorrections,
  showTranscript,
} from './transcripts.repository.js';

const targets = await storageTargets();

// A finished transcript written straight into the tables (recognition is another module's test): four things
// the team said, one line of small talk, and a bookmark the parent made with a note.
const SPOKEN: [number, string, string][] = [
  [65.2, 'S1', 'I will send you the new reading schedule by December 14.'],
  [130.4, 'S2', 'We cannot provide a one-on-one aide this year.'],
  [201, 'S1', 'We all agreed to add extended time on tests.'],
  [262.7, 'S2', 'When will the evaluation results be ready?'],
  [300.1, 'S1', 'The weather is really nice today.'],
];

async function seedTranscript(
  t: TestApp,
  caseId: string,
  recordingId: string,
  meetingId: string,
  spoken = SPOKEN,
) {
  const now = t.clock.now.toISOString();
  const transcriptId = `tr-${recordingId}`;
  await insertTranscript(t.storage.db, {
    id: transcriptId,
    recording_id: recordingId,
    case_id: caseId,
    meeting_id: meetingId,
    status: 'done',
    engine_choice: 'auto',
    engine_name: 'pocketsphinx',
    engine: 'pocketsphinx (en-us)',
    engine_note: null,
    speakers_expected: null,
    duration_sec: 320,
    processed_sec: 320,
    resumed_from_sec: 0,
    segment_count: spoken.length,
    error: null,
    job_id: null,
    shown: 0,
    live: 0,
    engine_carry: null,
    started_at: now,
    finished_at: now,
    created_at: now,
    updated_at: now,
  });
  await insertSegments(
    t.storage.db,
    spoken.map(([start, speaker, text], seq) => ({
      id: `seg-${recordingId}-${seq}`,
      transcript_id: transcriptId,
      recording_id: recordingId,
      case_id: caseId,
      seq,
      start_ms: Math.round(start * 1000),
      end_ms: Math.round(start * 1000) + 4000,
      speaker,
      text,
      words: '[]',
      embedding: null,
      search_text: text,
      speaker_name: speaker,
    })),
  );
  await showTranscript(t.storage.db, recordingId, transcriptId);
  await saveCorrections(t.storage.db, {
    recordingId,
    caseId,
    corrections: { speakerNames: { S1: 'Chris Patel', S2: 'Alex Morgan' }, speakerMerges: {}, segments: {} },
    now,
  });
  await insertBookmark(t.storage.db, {
    id: `bm-${recordingId}`,
    recording_id: recordingId,
    at_ms: 310_000,
    part_id: null,
    kind: 'promised',
    note: 'Robin Hart will call me about the evaluation by December 18.',
    created_at: now,
    updated_at: now,
  });
  return transcriptId;
}

describe.each(targets)('transcript items on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let other: Session;
    let caseId: string;
    let recordingId: string;
    let bareCaseId: string;
    let bareRecordingId: string;
    const items = async () =>
      (await t.as(owner, 'GET', `/api/cases/${caseId}/recordings/${recordingId}/items`)).json<{
        items: TranscriptItem[];
      }>().items;
    const patch = (itemId: string, body: unknown, who = owner) =>
      t.as(who, 'PATCH', `/api/cases/${caseId}/items/${itemId}`, body);
    const plan = async (now: string) =>
      (
        await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/plan?now=${encodeURIComponent(now)}`)
      ).json<{
        commitments: { id: string; what: string; due: string | null; status: string }[];
      }>();
    const promise = (list: TranscriptItem[]) => {
      const found = list.find((i) => i.kind === 'commitment' && i.source.includes('reading schedule'));
      if (!found) throw new Error(`No commitment about the schedule in ${JSON.stringify(list)}`);
      return found;
    };

    beforeAll(async () => {
      // Sessions last 30 days: the clock moves past the promised date below.
      t = await createTestApp(target, { IEP_SESSION_HOURS: String(24 * 30) });
      owner = await t.signUp('parent@example.org');
      other = await t.signUp('other@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      bareCaseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      const now = t.clock.now.toISOString();
      recordingId = (await ensureRecording(t.storage.db, caseId, 'm1', now)).id;
      bareRecordingId = (await ensureRecording(t.storage.db, bareCaseId, 'm1', now)).id;
      await seedTranscript(t, caseId, recordingId, 'm1');
    });
    afterAll(async () => t?.close());

    it("counts a promise's school days on the case's calendar (winter break skipped)", async () => {
      const calendarCaseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{
        id: string;
      }>().id;
      const calendarRecordingId = (
        await ensureRecording(t.storage.db, calendarCaseId, 'm1', t.clock.now.toISOString())
      ).id;
      await seedTranscript(t, calendarCaseId, calendarRecordingId, 'm1', [
        [12, 'S1', 'I will have the draft to you within ten school days.'],
      ]);
      await extractAfterTranscript(t.storage, `tr-${calendarRecordingId}`);
      const found = (
        await t.as(owner, 'GET', `/api/cases/${calendarCaseId}/recordings/${calendarRecordingId}/items`)
      ).json<{ items: TranscriptItem[] }>().items;
      // Monday December 7: nine school days to December 18, the case's winter break (December 21 to January 1),
      // then Monday January 4. Without the case's calendar it would be December 21.
      expect(found.find((i) => i.kind === 'commitment')?.due).toBe('2027-01-04');
    });

    it('finds suggested items with their times when the transcript is done (the job hook)', async () => {
      expect(await items()).toEqual([]);
      await extractAfterTranscript(t.storage, `tr-${recordingId}`);
      const found = await items();
      expect(found.every((i) => i.status === 'suggested' && !i.edited && i.recordingId === recordingId)).toBe(
        true,
      );
      const commitment = promise(found);
      expect(commitment).toMatchObject({ start: 65.2, due: '2026-12-14', meetingId: 'm1' });
      expect(found.find((i) => i.kind === 'refusal')?.start).toBe(130.4);
      // The bookmark's note is an utterance too, at the bookmark's time.
      expect(found.some((i) => i.source.includes('Robin Hart') && i.start === 310)).toBe(true);
      expect(found.some((i) => i.source.includes('weather'))).toBe(false);
      // In the order they were said.
      const starts = found.map((i) => i.start ?? Infinity);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it('confirming a commitment puts it in the follow-up letter and on the plan (upcoming, then overdue)', async () => {
      const before = await plan('2026-12-08T18:00:00Z');
      expect(before.commitments).toEqual([]);
      const item = promise(await items());
      const confirmed = await patch(item.id, { status: 'confirmed' });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json<{ item: TranscriptItem }>().item).toMatchObject({
        id: item.id,
        status: 'confirmed',
      });

      const preview = await t.as(owner, 'POST', `/api/cases/${caseId}/letters/follow-up/preview`, {
        meetingId: 'm1',
        now: '2026-12-08T18:00:00Z',
      });
      expect(preview.statusCode).toBe(200);
      const body = preview.json<{ ok: boolean; text: string; fromTranscript: number }>();
      expect(body.ok).toBe(true);
      expect(body.text).toContain('reading schedule');
      expect(body.fromTranscript).toBe(1);

      // Same moment as the plan asked for above: the cached plan must not hide the new commitment.
      const after = await plan('2026-12-08T18:00:00Z');
      expect(after.commitments).toEqual([
        expect.objectContaining({ id: item.id, due: '2026-12-14', status: 'upcoming' }),
      ]);
      t.clock.now = new Date('2026-12-16T15:00:00Z');
      const late = await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/plan`);
      expect(late.json<{ commitments: { id: string; status: string }[] }>().commitments).toEqual([
        expect.objectContaining({ id: item.id, status: 'overdue' }),
      ]);

      // The decision is on the paper trail.
      const timeline = await t.as(owner, 'GET', `/api/cases/${caseId}/timeline`);
      const events = timeline.json<{ events: { kind: string; data: Record<string, unknown> }[] }>().events;
      expect(events).toContainEqual(
        expect.objectContaining({
          kind: 'item.confirmed',
          data: expect.objectContaining({ itemId: item.id }),
        }),
      );
    });

    it('a file of the follow-up letter has the commitment too', async () => {
      const made = await t.as(owner, 'POST', `/api/cases/${caseId}/letters/follow-up/files`, {
        meetingId: 'm1',
        format: 'docx',
      });
      expect(made.statusCode).toBe(201);
      const file = await t.as(
        owner,
        'GET',
        `/api/cases/${caseId}/letter-files/${made.json<{ id: string }>().id}`,
      );
      const { value: text } = await mammoth.extractRawText({ buffer: file.rawPayload });
      expect(text).toContain('reading schedule');
    });

    it('running extraction again keeps every decision and edit', async () => {
      const first = await items();
      const kept = promise(first);
      const refusal = first.find((i) => i.kind === 'refusal');
      const other = first.find((i) => i.id !== kept.id && i.id !== refusal?.id);
      if (!refusal || !other) throw new Error('expected at least three items');
      expect((await patch(refusal.id, { status: 'dropped' })).statusCode).toBe(200);
      const edited = await patch(other.id, { text: 'My own words.', who: 'Robin Hart', due: '2027-01-05' });
      expect(edited.json<{ item: TranscriptItem }>().item).toMatchObject({
        text: 'My own words.',
        who: 'Robin Hart',
        due: '2027-01-05',
        edited: true,
        status: 'suggested',
      });

      const again = await t.as(owner, 'POST', `/api/cases/${caseId}/recordings/${recordingId}/items/extract`);
      expect(again.statusCode).toBe(200);
      const now = again.json<{ items: TranscriptItem[] }>().items;
      expect(now.map((i) => i.id).sort()).toEqual(first.map((i) => i.id).sort());
      expect(now.find((i) => i.id === kept.id)?.status).toBe('confirmed');
      expect(now.find((i) => i.id === refusal.id)?.status).toBe('dropped');
      expect(now.find((i) => i.id === other.id)).toMatchObject({ text: 'My own words.', edited: true });
    });

    it('marks a commitment done with the server clock, and the plan says done', async () => {
      const item = promise(await items());
      const done = await patch(item.id, { done: true });
      expect(done.json<{ item: TranscriptItem }>().item.doneAt).toBe(t.clock.now.toISOString());
      const now = await plan(t.clock.now.toISOString());
      expect(now.commitments).toEqual([expect.objectContaining({ id: item.id, status: 'done' })]);
      await patch(item.id, { done: false });
    });

    it('refuses a date that is not a real day with a plain 400, changing nothing', async () => {
      const item = promise(await items());
      for (const due of ['2026-02-30', 'next Friday']) {
        const response = await patch(item.id, { due, text: 'Changed?' });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ error: BAD_DUE });
      }
      expect(promise(await items())).toEqual(item);
      const unknown = await patch(item.id, { status: 'maybe' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json<{ error: string }>().error).toMatch(/suggested, confirmed or dropped/);
    });

    it('exports the transcript in every format, as an attachment', async () => {
      const base = `/api/cases/${caseId}/recordings/${recordingId}/transcript/export`;
      const docx = await t.as(owner, 'GET', `${base}?format=docx`);
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(docx.headers['content-disposition']).toBe(
        'attachment; filename="2026-12-07-transcript-jordan-rivera.docx"',
      );
      const { value: text } = await mammoth.extractRawText({ buffer: docx.rawPayload });
      expect(text).toContain(
        '[0:01:05] Chris Patel: I will send you the new reading schedule by December 14.',
      );
      const again = await t.as(owner, 'GET', `${base}?format=docx`);
      expect(again.rawPayload.equals(docx.rawPayload)).toBe(true);

      const pdf = await t.as(owner, 'GET', `${base}?format=pdf`);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const vtt = await t.as(owner, 'GET', `${base}?format=vtt`);
      expect(vtt.headers['content-type']).toMatch(/^text\/vtt/);
      expect(vtt.body).toContain('Alex Morgan');
      for (const format of ['txt', 'srt', 'json']) {
        const response = await t.as(owner, 'GET', `${base}?format=${format}`);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-disposition']).toContain(`.${format}"`);
      }

      const bad = await t.as(owner, 'GET', `${base}?format=mp3`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toEqual({ error: 'Pick a format: txt, srt, vtt, json, docx, pdf.' });
      expect((await t.as(owner, 'GET', base)).statusCode).toBe(400);
      const none = await t.as(
        owner,
        'GET',
        `/api/cases/${bareCaseId}/recordings/${bareRecordingId}/transcript/export?format=txt`,
      );
      expect(none.statusCode).toBe(404);
      expect(none.json<{ error: string }>().error).toMatch(/no transcript yet/);
    });

    it('a recording without a transcript or bookmarks has no items', async () => {
      const response = await t.as(
        owner,
        'POST',
        `/api/cases/${bareCaseId}/recordings/${bareRecordingId}/items/extract`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ items: [] });
    });

    it('another user gets 404 everywhere, and nothing changes', async () => {
      const item = promise(await items());
      const urls: ['GET' | 'POST' | 'PATCH', string, unknown?][] = [
        ['GET', `/api/cases/${caseId}/recordings/${recordingId}/items`],
        ['POST', `/api/cases/${caseId}/recordings/${recordingId}/items/extract`],
        ['PATCH', `/api/cases/${caseId}/items/${item.id}`, { status: 'dropped' }],
        ['GET', `/api/cases/${caseId}/recordings/${recordingId}/transcript/export?format=txt`],
      ];
      for (const [method, url, body] of urls) {
        const response = await t.as(other, method, url, body);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
      // The item of one case is not found through another case of the same user.
      expect(
        (await t.as(owner, 'PATCH', `/api/cases/${bareCaseId}/items/${item.id}`, { status: 'dropped' }))
          .statusCode,
      ).toBe(404);
      expect(promise(await items())).toEqual(item);
    });

    it('reads the plan inputs the same way in one query (PostgreSQL) and one by one (SQLite)', async () => {
      const item = promise(await items());
      await patch(item.id, { status: 'confirmed' });
      await t.as(owner, 'PUT', `/api/cases/${caseId}/meetings/m1/tasks/records-request`, { done: true });
      // A companion tap too: both ways read the companion's entries (SQLite's JSON helper once refused them).
      const tapped = await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/m1/companion/entries`, {
        entries: [
          {
            id: 'plan-inputs-tap',
            seq: 0,
            at: '2026-12-07T15:10:00Z',
            atMs: null,
            session: 0,
            action: { type: 'note', text: 'Bus times.' },
          },
        ],
      });
      expect(tapped.statusCode).toBe(200);
      const ownerId = (await t.as(owner, 'GET', '/api/auth/me')).json<{ user: { id: string } }>().user.id;
      const oneQuery = await readInOneQuery(t.storage, ownerId, caseId, 'm1');
      const oneByOne = await readOneByOne(t.storage, ownerId, caseId, 'm1');
      expect(oneQuery?.commitments.map((c) => c.id)).toContain(item.id);
      expect(oneQuery?.companion.map((e) => e.id)).toEqual(['plan-inputs-tap']);
      expect(oneQuery).toEqual(oneByOne);
      // Not the user's case: nothing, either way.
      const otherId = (await t.as(other, 'GET', '/api/auth/me')).json<{ user: { id: string } }>().user.id;
      expect(await readInOneQuery(t.storage, otherId, caseId, 'm1')).toBeNull();
      expect(await readOneByOne(t.storage, otherId, caseId, 'm1')).toBeNull();
    });
  });
});
