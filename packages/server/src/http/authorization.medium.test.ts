import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingContext } from '../recordings/recording-context.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

const targets = await storageTargets();

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface RouteCase {
  route: string;
  method: Method;
  url: (id: string) => string;
  body?: (file: Record<string, unknown>) => unknown;
}

const meeting = {
  id: 'm9',
  kind: 'annual-review',
  timeZone: 'America/Chicago',
  sessions: [{ start: '2027-02-01T09:00', end: '2027-02-01T10:00' }],
};

// A letter file of the owner's case, made in beforeAll, so the file routes are tried on a file that exists.
let letterFileId = 'not-made-yet';

// A recording of the owner's case (one finished part, a bookmark, a clip), made in beforeAll.
const rec = {
  recordingId: 'not-made-yet',
  partId: 'not-made-yet',
  bookmarkId: 'not-made-yet',
  clipId: 'nope',
};

// A transcript of the owner's recording (a failed run with one segment), written in beforeAll.
const tr = { transcriptId: 'not-made-yet', segmentId: 'not-made-yet' };

// Every route that reaches into one case. The test below fails if a case route exists that is not listed here.
const ROUTES: RouteCase[] = [
  { route: 'GET /api/cases/:id', method: 'GET', url: (id) => `/api/cases/${id}` },
  // The data check (analysis, charts, imports, manual entry).
  { route: 'GET /api/cases/:id/analysis', method: 'GET', url: (id) => `/api/cases/${id}/analysis` },
  {
    route: 'GET /api/cases/:id/goals/:goalId/chart.svg',
    method: 'GET',
    url: (id) => `/api/cases/${id}/goals/g1/chart.svg`,
  },
  {
    route: 'GET /api/cases/:id/goals/:goalId/chart.png',
    method: 'GET',
    url: (id) => `/api/cases/${id}/goals/g1/chart.png`,
  },
  {
    route: 'POST /api/cases/:id/imports/preview',
    method: 'POST',
    url: (id) => `/api/cases/${id}/imports/preview`,
  },
  {
    route: 'POST /api/cases/:id/imports/commit',
    method: 'POST',
    url: (id) => `/api/cases/${id}/imports/commit`,
  },
  {
    route: 'POST /api/cases/:id/goals/:goalId/probes',
    method: 'POST',
    url: (id) => `/api/cases/${id}/goals/g1/probes`,
    body: () => ({ date: '2026-12-01', score: 80 }),
  },
  {
    route: 'DELETE /api/cases/:id/goals/:goalId/probes/:index',
    method: 'DELETE',
    url: (id) => `/api/cases/${id}/goals/g1/probes/0`,
  },
  {
    route: 'POST /api/cases/:id/services/:serviceId/log',
    method: 'POST',
    url: (id) => `/api/cases/${id}/services/s1/log`,
    body: () => ({ date: '2026-11-16', minutes: 30, status: 'delivered' }),
  },
  {
    route: 'PUT /api/cases/:id',
    method: 'PUT',
    url: (id) => `/api/cases/${id}`,
    body: (file) => ({ version: 1, file }),
  },
  { route: 'DELETE /api/cases/:id', method: 'DELETE', url: (id) => `/api/cases/${id}` },
  { route: 'GET /api/cases/:id/export', method: 'GET', url: (id) => `/api/cases/${id}/export` },
  { route: 'GET /api/cases/:id/backup.zip', method: 'GET', url: (id) => `/api/cases/${id}/backup.zip` },
  {
    route: 'POST /api/cases/:id/meetings',
    method: 'POST',
    url: (id) => `/api/cases/${id}/meetings`,
    body: () => meeting,
  },
  {
    route: 'PUT /api/cases/:id/meetings/:meetingId',
    method: 'PUT',
    url: (id) => `/api/cases/${id}/meetings/m1`,
    body: () => ({ ...meeting, id: 'm1' }),
  },
  {
    route: 'DELETE /api/cases/:id/meetings/:meetingId',
    method: 'DELETE',
    url: (id) => `/api/cases/${id}/meetings/m1`,
  },
  {
    route: 'POST /api/cases/:id/closures',
    method: 'POST',
    url: (id) => `/api/cases/${id}/closures`,
    body: () => ({ from: '2027-03-15', to: '2027-03-19' }),
  },
  {
    route: 'DELETE /api/cases/:id/closures/:index',
    method: 'DELETE',
    url: (id) => `/api/cases/${id}/closures/0`,
  },
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/plan',
    method: 'GET',
    url: (id) => `/api/cases/${id}/meetings/m1/plan`,
  },
  {
    route: 'PUT /api/cases/:id/meetings/:meetingId/tasks/:taskId',
    method: 'PUT',
    url: (id) => `/api/cases/${id}/meetings/m1/tasks/records-request`,
    body: () => ({ done: true }),
  },
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/plan.ics',
    method: 'GET',
    url: (id) => `/api/cases/${id}/meetings/m1/plan.ics`,
  },
  { route: 'GET /api/cases/:id/letters', method: 'GET', url: (id) => `/api/cases/${id}/letters` },
  {
    route: 'GET /api/cases/:id/letters/:kind/draft',
    method: 'GET',
    url: (id) => `/api/cases/${id}/letters/recording-notice/draft?meetingId=m1`,
  },
  {
    route: 'PUT /api/cases/:id/letters/:kind/draft',
    method: 'PUT',
    url: (id) => `/api/cases/${id}/letters/recording-notice/draft`,
    body: () => ({ meetingId: 'm1', answers: { note: 'Hello' } }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/draft/append',
    method: 'POST',
    url: (id) => `/api/cases/${id}/letters/concerns/draft/append`,
    body: () => ({ field: 'findings', items: [{ code: 'x', question: 'Why?' }] }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/preview',
    method: 'POST',
    url: (id) => `/api/cases/${id}/letters/recording-notice/preview`,
    body: () => ({ meetingId: 'm1' }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/files',
    method: 'POST',
    url: (id) => `/api/cases/${id}/letters/recording-notice/files`,
    body: () => ({ meetingId: 'm1', format: 'txt' }),
  },
  {
    route: 'GET /api/cases/:id/letter-files/:fileId',
    method: 'GET',
    url: (id) => `/api/cases/${id}/letter-files/${letterFileId}`,
  },
  {
    route: 'POST /api/cases/:id/letter-files/:fileId/sent',
    method: 'POST',
    url: (id) => `/api/cases/${id}/letter-files/${letterFileId}/sent`,
    body: () => ({ sentAt: '2026-11-23T08:00:00-06:00', method: 'email' }),
  },
  {
    route: 'POST /api/cases/:id/letters/:kind/sent',
    method: 'POST',
    url: (id) => `/api/cases/${id}/letters/recording-notice/sent`,
    body: () => ({ meetingId: 'm1', sentAt: '2026-11-23T08:00:00-06:00', method: 'mail' }),
  },
  {
    route: 'GET /api/cases/:id/letters/:kind/notes',
    method: 'GET',
    url: (id) => `/api/cases/${id}/letters/recording-notice/notes?meetingId=m1`,
  },
  { route: 'GET /api/cases/:id/timeline', method: 'GET', url: (id) => `/api/cases/${id}/timeline` },
  // Recordings.
  { route: 'GET /api/cases/:id/recordings', method: 'GET', url: (id) => `/api/cases/${id}/recordings` },
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/recording',
    method: 'GET',
    url: (id) => `/api/cases/${id}/meetings/m1/recording`,
  },
  {
    route: 'POST /api/cases/:id/meetings/:meetingId/recording/parts',
    method: 'POST',
    url: (id) => `/api/cases/${id}/meetings/m1/recording/parts`,
    body: () => ({
      clientPartId: 'stranger-part',
      startedAt: '2026-11-23T15:00:00Z',
      mimeType: 'audio/webm',
    }),
  },
  {
    route: 'PUT /api/cases/:id/recording-parts/:partId/chunks/:seq',
    method: 'PUT',
    url: (id) => `/api/cases/${id}/recording-parts/${rec.partId}/chunks/7`,
    body: () => ({ not: 'audio' }),
  },
  {
    route: 'POST /api/cases/:id/recording-parts/:partId/finish',
    method: 'POST',
    url: (id) => `/api/cases/${id}/recording-parts/${rec.partId}/finish`,
    body: () => ({ lastSeq: 0 }),
  },
  {
    route: 'GET /api/cases/:id/recording-parts/:partId/audio',
    method: 'GET',
    url: (id) => `/api/cases/${id}/recording-parts/${rec.partId}/audio`,
  },
  {
    route: 'GET /api/cases/:id/recording-parts/:partId/peaks',
    method: 'GET',
    url: (id) => `/api/cases/${id}/recording-parts/${rec.partId}/peaks`,
  },
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/bookmarks',
    method: 'POST',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/bookmarks`,
    body: () => ({ atMs: 10, kind: 'note' }),
  },
  {
    route: 'PUT /api/cases/:id/bookmarks/:bookmarkId',
    method: 'PUT',
    url: (id) => `/api/cases/${id}/bookmarks/${rec.bookmarkId}`,
    body: () => ({ note: 'changed' }),
  },
  {
    route: 'DELETE /api/cases/:id/bookmarks/:bookmarkId',
    method: 'DELETE',
    url: (id) => `/api/cases/${id}/bookmarks/${rec.bookmarkId}`,
  },
  {
    route: 'DELETE /api/cases/:id/recordings/:recordingId',
    method: 'DELETE',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}`,
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/manifest',
    method: 'GET',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/manifest`,
  },
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/clips',
    method: 'POST',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/clips`,
    body: () => ({ fromMs: 0, toMs: 500, name: 'Stranger clip', format: 'mp3' }),
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/evidence.zip',
    method: 'GET',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/evidence.zip`,
  },
  {
    route: 'GET /api/cases/:id/clips/:clipId',
    method: 'GET',
    url: (id) => `/api/cases/${id}/clips/${rec.clipId}`,
  },
  // Transcripts.
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/transcripts',
    method: 'POST',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/transcripts`,
    body: () => ({ engine: 'auto' }),
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/transcript',
    method: 'GET',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/transcript`,
  },
  {
    route: 'POST /api/cases/:id/transcripts/:transcriptId/cancel',
    method: 'POST',
    url: (id) => `/api/cases/${id}/transcripts/${tr.transcriptId}/cancel`,
  },
  {
    route: 'POST /api/cases/:id/transcripts/:transcriptId/retry',
    method: 'POST',
    url: (id) => `/api/cases/${id}/transcripts/${tr.transcriptId}/retry`,
  },
  {
    route: 'PATCH /api/cases/:id/recordings/:recordingId/transcript/segments/:segmentId',
    method: 'PATCH',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/transcript/segments/${tr.segmentId}`,
    body: () => ({ text: 'Changed by a stranger.', speaker: 'S2' }),
  },
  {
    route: 'PUT /api/cases/:id/recordings/:recordingId/transcript/speakers/:label',
    method: 'PUT',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/transcript/speakers/S1`,
    body: () => ({ name: 'Stranger' }),
  },
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/transcript/speakers/merge',
    method: 'POST',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/transcript/speakers/merge`,
    body: () => ({ from: 'S1', into: 'S2' }),
  },
  {
    route: 'GET /api/cases/:id/transcripts/search',
    method: 'GET',
    url: (id) => `/api/cases/${id}/transcripts/search?q=reading&speaker=Speaker%201&bookmark=agreed`,
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/transcript/export',
    method: 'GET',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/transcript/export?format=txt`,
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/items',
    method: 'GET',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/items`,
  },
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/items/extract',
    method: 'POST',
    url: (id) => `/api/cases/${id}/recordings/${rec.recordingId}/items/extract`,
  },
  {
    route: 'PATCH /api/cases/:id/items/:itemId',
    method: 'PATCH',
    url: (id) => `/api/cases/${id}/items/owner-item`,
    body: () => ({ status: 'confirmed' }),
  },
  {
    route: 'GET /api/deadlines/:rule',
    method: 'GET',
    url: (id) => `/api/deadlines/pwn-response?from=2026-12-18&caseId=${id}`,
  },
];

describe.each(targets)('authorization per case on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let stranger: Session;
    let caseId: string;
    let missingBody: unknown;

    const snapshot = async () => ({
      row: await t.storage.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst(),
      events: await t.storage.db
        .selectFrom('case_events')
        .select(['kind', 'at'])
        .where('case_id', '=', caseId)
        .execute(),
      tasks: await t.storage.db
        .selectFrom('plan_task_status')
        .selectAll()
        .where('case_id', '=', caseId)
        .execute(),
      letters: await Promise.all(
        (['letter_drafts', 'letter_files', 'letters_sent'] as const).map((table) =>
          t.storage.db.selectFrom(table).select('case_id').where('case_id', '=', caseId).execute(),
        ),
      ),
      recordings: await Promise.all(
        (['recordings', 'recording_parts', 'recording_chunks', 'bookmarks', 'clips'] as const).map((table) =>
          t.storage.db.selectFrom(table).selectAll().execute(),
        ),
      ),
      transcripts: await Promise.all(
        (['transcripts', 'transcript_corrections', 'jobs'] as const).map((table) =>
          t.storage.db.selectFrom(table).selectAll().execute(),
        ),
      ),
      segments: await t.storage.db
        .selectFrom('transcript_segments')
        .select(['id', 'speaker', 'text', 'search_text', 'speaker_name'])
        .execute(),
      items: await t.storage.db.selectFrom('transcript_items').selectAll().execute(),
    });

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('owner@example.org');
      stranger = await t.signUp('stranger@example.org');
      const imported = await t.as(owner, 'POST', '/api/cases/import', exampleCase());
      caseId = imported.json<{ id: string }>().id;
      const letterFile = await t.as(owner, 'POST', `/api/cases/${caseId}/letters/recording-notice/files`, {
        meetingId: 'm1',
        format: 'txt',
      });
      letterFileId = letterFile.json<{ id: string }>().id;
      await makeRecording();
      await makeTranscript();
      missingBody = (await t.as(stranger, 'GET', '/api/cases/no-such-case')).json();
    });
    afterAll(async () => t?.close());

    /** One finished part from a real 1-second WebM, a bookmark and a clip, so every recording route has a target. */
    async function makeRecording(): Promise<void> {
      const webm = execFileSync('ffmpeg', [
        ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1'],
        ...['-c:a', 'libopus', '-f', 'webm', 'pipe:1'],
      ]);
      const part = await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/m1/recording/parts`, {
        clientPartId: 'owner-part',
        startedAt: '2026-11-23T15:00:00Z',
        mimeType: 'audio/webm',
      });
      rec.partId = part.json<{ id: string }>().id;
      await t.app.inject({
        method: 'PUT',
        url: `/api/cases/${caseId}/recording-parts/${rec.partId}/chunks/0`,
        headers: {
          cookie: owner.cookie,
          'x-csrf-token': owner.csrf,
          'content-type': 'application/octet-stream',
        },
        payload: webm,
      });
      await t.as(owner, 'POST', `/api/cases/${caseId}/recording-parts/${rec.partId}/finish`, { lastSeq: 0 });
      await recordingContext(t.config, t.storage).settle();
      const recording = await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`);
      rec.recordingId = recording.json<{ id: string }>().id;
      const base = `/api/cases/${caseId}/recordings/${rec.recordingId}`;
      const bookmark = await t.as(owner, 'POST', `${base}/bookmarks`, { atMs: 100, kind: 'agreed' });
      rec.bookmarkId = bookmark.json<{ id: string }>().id;
      const clip = await t.as(owner, 'POST', `${base}/clips`, {
        fromMs: 0,
        toMs: 500,
        name: 'First half second',
        format: 'mp3',
      });
      rec.clipId = clip.json<{ id: string }>().id;
    }

    /** A failed transcript run of the owner's recording with one segment, written straight to the tables. */
    async function makeTranscript(): Promise<void> {
      const at = '2026-11-23T15:00:00.000Z';
      tr.transcriptId = 'owner-transcript';
      tr.segmentId = 'owner-segment';
      await t.storage.db
        .insertInto('transcripts')
        .values({
          id: tr.transcriptId,
          recording_id: rec.recordingId,
          case_id: caseId,
          meeting_id: 'm1',
          status: 'failed',
          engine_choice: 'auto',
          engine_name: 'pocketsphinx',
          engine: 'pocketsphinx (en-us)',
          engine_note: null,
          speakers_expected: 2,
          duration_sec: 1,
          processed_sec: 0.9,
          resumed_from_sec: 0,
          segment_count: 1,
          error: 'Stopped.',
          job_id: null,
          shown: 1,
          started_at: at,
          finished_at: at,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await t.storage.db
        .insertInto('transcript_segments')
        .values({
          id: tr.segmentId,
          transcript_id: tr.transcriptId,
          recording_id: rec.recordingId,
          case_id: caseId,
          seq: 0,
          start_ms: 0,
          end_ms: 900,
          speaker: 'S1',
          text: 'The reading goal stays.',
          words: '[]',
          embedding: null,
          search_text: 'The reading goal stays.',
          speaker_name: 'Speaker 1',
        })
        .execute();
      await t.storage.db
        .insertInto('transcript_segments')
        .values({
          id: 'owner-segment-2',
          transcript_id: tr.transcriptId,
          recording_id: rec.recordingId,
          case_id: caseId,
          seq: 1,
          start_ms: 900,
          end_ms: 1000,
          speaker: 'S2',
          text: 'Yes.',
          words: '[]',
          embedding: null,
          search_text: 'Yes.',
          speaker_name: 'Speaker 2',
        })
        .execute();
      await t.storage.db
        .insertInto('transcript_items')
        .values({
          id: 'owner-item',
          recording_id: rec.recordingId,
          case_id: caseId,
          meeting_id: 'm1',
          transcript_id: tr.transcriptId,
          kind: 'commitment',
          text: 'Send the reading data',
          who: 'Chris Patel',
          due: '2026-12-11',
          start_ms: 0,
          source: 'Chris Patel will send the reading data by Friday.',
          status: 'suggested',
          edited: 0,
          done_at: null,
          machine_key: 'commitment|0|test',
          created_at: at,
          updated_at: at,
        })
        .execute();
    }

    it('lists every case route in the table', () => {
      const caseRoutes = t.app.iepRoutes.filter(
        (r) => r.includes('/api/cases/:id') || r.includes('/api/deadlines/'),
      );
      expect([...caseRoutes].sort()).toEqual(ROUTES.map((r) => r.route).sort());
    });

    it.each(ROUTES)(
      "$route on another user's case: 404 like a missing case, nothing changed",
      async (route) => {
        const before = await snapshot();
        expect(before.row).toBeTruthy();
        const response = await t.as(stranger, route.method, route.url(caseId), route.body?.(exampleCase()));
        expect(response.statusCode).toBe(404);
        expect(response.json()).toEqual(missingBody);
        expect(await snapshot()).toEqual(before);
      },
    );

    it("does not list another user's case", async () => {
      const list = await t.as(stranger, 'GET', '/api/cases');
      expect(list.json()).toEqual({ cases: [] });
    });

    it('still lets the owner reach the case on the same routes (the table is not 404 for everyone)', async () => {
      for (const route of ROUTES.filter((r) => r.method === 'GET')) {
        const response = await t.as(owner, route.method, route.url(caseId));
        expect(response.statusCode, route.route).toBe(200);
      }
    });
  });
});
