import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentView, SpeakerView } from '@iep/core';
import { storageTargets } from '../test-support/storage-targets.js';
import {
  lineAt,
  SCRIPT,
  transcriptTestApp,
  type Session,
  type TranscriptTestApp,
} from './transcripts.test-helper.js';
import type { SearchHit, TranscriptSummary } from '@iep/core/contract';

// Transcripts end to end through the HTTP API with a fake engine (deterministic segments), on both databases:
// a full run, checkpoint and resume, cancel and retry, corrections that survive a re-run, and search.

const targets = await storageTargets();

interface Body {
  transcript: TranscriptSummary | null;
  segments: SegmentView[];
  speakers: SpeakerView[];
  bookmarks: { id: string; atSec: number; kind: string; note: string }[];
}

/** Segments the fake makes for parts of these lengths: one every 2 s that fits (1.8 s long). */
function expectedStarts(parts: number[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const length of parts) {
    for (let k = 0; k * 2 + 1.8 <= length; k++) starts.push(offset + k * 2);
    offset += length;
  }
  return starts;
}

describe.each(targets)('transcripts on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TranscriptTestApp;
    let owner: Session;
    let caseId: string;

    beforeAll(async () => {
      t = await transcriptTestApp(target);
      owner = await t.signUp('owner@example.org');
      caseId = await t.importCase(owner);
    });
    afterAll(async () => t?.close());

    const base = (recordingId: string) => `/api/cases/${caseId}/recordings/${recordingId}`;
    const get = async (recordingId: string) => {
      const response = await t.as(owner, 'GET', `${base(recordingId)}/transcript`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<Body>();
    };
    const start = async (recordingId: string, body: unknown = {}) => {
      const response = await t.as(owner, 'POST', `${base(recordingId)}/transcripts`, body);
      expect(response.statusCode, response.body).toBe(202);
      return response.json<{ transcript: TranscriptSummary }>().transcript;
    };
    /** Waits until the run ends (done, failed or cancelled). */
    const settle = async (transcriptId: string) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const row = await t.storage.db
          .selectFrom('transcripts')
          .select('status')
          .where('id', '=', transcriptId)
          .executeTakeFirstOrThrow();
        if (['done', 'failed', 'cancelled'].includes(row.status)) return row.status;
        if (Date.now() > deadline) throw new Error(`The transcript is still ${row.status}.`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    /** A recording of its own (a meeting has one recording: each test uses a case of its own). */
    const newRecording = async (seconds: number[]) => {
      caseId = await t.importCase(owner);
      return t.record(caseId, seconds);
    };
    const search = async (query: string, id = caseId) => {
      const response = await t.as(owner, 'GET', `/api/cases/${id}/transcripts/search?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ hits: SearchHit[] }>().hits;
    };
    const segmentRows = (transcriptId: string) =>
      t.storage.db
        .selectFrom('transcript_segments')
        .select(['start_ms', 'seq'])
        .where('transcript_id', '=', transcriptId)
        .orderBy('start_ms')
        .execute();

    it('lists the engines', async () => {
      const response = await t.as(owner, 'GET', '/api/engines');
      expect(response.statusCode).toBe(200);
      expect(response.json<{ engines: { label: string }[] }>().engines[0]?.label).toBe('fake engine (tests)');
    });

    it('transcribes a two-part recording: segments on the timeline, speakers grouped, progress 1', async () => {
      const recordingId = await newRecording([12, 9]);
      const before = await get(recordingId);
      expect(before).toMatchObject({ transcript: null, segments: [], speakers: [] });
      const queued = await start(recordingId);
      // The example case lists 6 team members who come to meetings (not the 2 custodians) and 1 parent.
      expect(queued).toMatchObject({ speakersExpected: 7, engine: 'fake engine (tests)' });
      expect(['queued', 'running', 'done']).toContain(queued.status);
      await settle(queued.id);
      const body = await get(recordingId);
      expect(body.transcript).toMatchObject({
        id: queued.id,
        status: 'done',
        progress: 1,
        etaSec: null,
        error: null,
        durationSec: expect.closeTo(21, 0) as number,
      });
      expect(body.segments.map((s) => s.start)).toEqual(
        expectedStarts([12, 9]).map((s) => expect.closeTo(s, 1) as number),
      );
      // The second part's segments sit after the first part on the timeline (its offset), not at 0.
      expect(body.segments.filter((s) => s.start >= 12)).toHaveLength(4);
      expect(body.segments[0]).toMatchObject({ speaker: 'S1', speakerName: 'Speaker 1', text: SCRIPT[0] });
      expect(body.segments[1]).toMatchObject({ speaker: 'S2', speakerName: 'Speaker 2' });
      expect(body.speakers.map((s) => s.label)).toEqual(['S1', 'S2']);
      expect(t.engine.runs.slice(-2).map((r) => r.speakers)).toEqual([7, 7]);
      // The fake read the whole decrypted part (it is not handed a file path).
      expect(t.engine.runs.slice(-2).every((r) => r.bytesRead > 1000)).toBe(true);
      expect(await t.as(owner, 'POST', `${base(recordingId)}/transcripts`, { speakers: 0 })).toMatchObject({
        statusCode: 400,
      });
    });

    it('resumes from the checkpoint after the server stops mid-run, without saving a segment twice', async () => {
      const recordingId = await newRecording([30]);
      let release: () => void = () => undefined;
      let blocked = false;
      t.engine.beforeBatch = async (batch, signal) => {
        if (batch !== 2 || blocked) return;
        blocked = true;
        // Waits at the third batch until the queue stops (server shutdown aborts the job's signal).
        await new Promise<void>((resolve, reject) => {
          release = resolve;
          signal?.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
        });
      };
      const queued = await start(recordingId, { speakers: 2 });
      await expect.poll(() => blocked, { timeout: 10_000 }).toBe(true);
      await t.jobs.stop();
      const stopped = await get(recordingId);
      expect(stopped.transcript).toMatchObject({ status: 'queued' });
      expect(stopped.transcript?.processedSec).toBeCloseTo(11.8, 1);
      expect(stopped.segments).toHaveLength(6);
      await t.jobs.start();
      await settle(queued.id);
      release();
      t.engine.beforeBatch = null;
      const done = await get(recordingId);
      expect(done.transcript?.status).toBe('done');
      expect(t.engine.runs.at(-1)?.resume?.processedSec).toBeCloseTo(11.8, 1);
      const rows = await segmentRows(queued.id);
      expect(rows.map((r) => r.start_ms / 1000)).toEqual(expectedStarts([30]));
      expect(new Set(rows.map((r) => r.seq)).size).toBe(rows.length);
      expect(done.segments.map((s) => s.text)).toEqual(expectedStarts([30]).map(lineAt));
    });

    it('refuses a second run while one is on; cancel keeps what was made, retry goes on from there', async () => {
      const recordingId = await newRecording([20]);
      let gate: () => void = () => undefined;
      let waiting = false;
      t.engine.beforeBatch = async (batch) => {
        if (batch !== 1) return;
        waiting = true;
        await new Promise<void>((resolve) => (gate = resolve));
        waiting = false;
      };
      const queued = await start(recordingId);
      await expect.poll(() => waiting, { timeout: 10_000 }).toBe(true);
      const again = await t.as(owner, 'POST', `${base(recordingId)}/transcripts`, {});
      expect(again.statusCode).toBe(409);
      expect(again.json<{ error: string }>().error).toMatch(/already being turned into text/);
      const running = await get(recordingId);
      expect(running.transcript?.status).toBe('running');
      expect(running.transcript?.progress).toBeGreaterThan(0);
      expect(running.transcript?.progress).toBeLessThan(1);
      expect(running.segments).toHaveLength(3);

      const cancelled = await t.as(owner, 'POST', `/api/cases/${caseId}/transcripts/${queued.id}/cancel`);
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json<{ transcript: TranscriptSummary }>().transcript.status).toBe('cancelled');
      t.engine.beforeBatch = null;
      gate();
      await expect.poll(async () => (await t.jobs.get(queued.jobId ?? ''))?.status).toBe('cancelled');
      const kept = await get(recordingId);
      expect(kept.transcript?.status).toBe('cancelled');
      expect(kept.segments).toHaveLength(3);
      expect(
        (await t.as(owner, 'POST', `/api/cases/${caseId}/transcripts/${queued.id}/cancel`)).statusCode,
      ).toBe(409);

      const retried = await t.as(owner, 'POST', `/api/cases/${caseId}/transcripts/${queued.id}/retry`);
      expect(retried.statusCode, retried.body).toBe(202);
      await settle(queued.id);
      const done = await get(recordingId);
      expect(done.transcript).toMatchObject({ id: queued.id, status: 'done' });
      expect(t.engine.runs.at(-1)?.resume?.processedSec).toBeCloseTo(5.8, 1);
      expect((await segmentRows(queued.id)).map((r) => r.start_ms / 1000)).toEqual(expectedStarts([20]));
      expect(
        (await t.as(owner, 'POST', `/api/cases/${caseId}/transcripts/${queued.id}/retry`)).statusCode,
      ).toBe(409);
    });

    it('marks a run failed when its job ended without it (so it is not "queued" forever), and retries it', async () => {
      const recordingId = await newRecording([6]);
      await t.jobs.stop();
      let queued: TranscriptSummary;
      try {
        queued = await start(recordingId);
        // Another process's queue took the job and gave up on it (no handler, attempts used up, ...).
        await t.storage.db
          .updateTable('jobs')
          .set({ status: 'failed', error: 'No handler for jobs named "transcribe".' })
          .where('id', '=', queued.jobId ?? '')
          .execute();
        const lost = await get(recordingId);
        expect(lost.transcript).toMatchObject({
          status: 'failed',
          error: expect.stringMatching(/Try again/) as string,
        });
      } finally {
        await t.jobs.start();
      }
      const retried = await t.as(owner, 'POST', `/api/cases/${caseId}/transcripts/${queued.id}/retry`);
      expect(retried.statusCode, retried.body).toBe(202);
      expect(await settle(queued.id)).toBe('done');
      expect((await get(recordingId)).segments).toHaveLength(3);
    });

    it('keeps the words when grouping speakers fails (done, with a note)', async () => {
      const recordingId = await newRecording([8]);
      t.engine.groupFails = true;
      try {
        const queued = await start(recordingId);
        await settle(queued.id);
      } finally {
        t.engine.groupFails = false;
      }
      const body = await get(recordingId);
      expect(body.transcript?.status).toBe('done');
      expect(body.transcript?.error).toMatch(/voices could not be told apart/);
      expect(body.segments).toHaveLength(4);
      expect(body.segments.every((s) => s.speaker === null && s.speakerName === 'Unknown speaker')).toBe(
        true,
      );
    });

    describe('corrections and search', () => {
      let recordingId: string;
      let first: Body;
      const longest = [100, 50];

      beforeAll(async () => {
        // A meeting of its own in a case of its own, so other tests' transcripts do not show in the hits.
        recordingId = await newRecording(longest);
        const queued = await start(recordingId);
        await settle(queued.id);
        first = await get(recordingId);
        const bookmark = await t.as(owner, 'POST', `${base(recordingId)}/bookmarks`, {
          atMs: 10_000,
          kind: 'promised',
        });
        expect(bookmark.statusCode).toBe(201);
      });

      it('writes nothing for a refused correction (not even an empty corrections row)', async () => {
        const refused = [
          await t.as(owner, 'PUT', `${base(recordingId)}/transcript/speakers/S9`, { name: 'Nobody' }),
          await t.as(owner, 'PATCH', `${base(recordingId)}/transcript/segments/no-such-segment`, {
            text: 'x',
          }),
          await t.as(owner, 'POST', `${base(recordingId)}/transcript/speakers/merge`, {
            from: 'S1',
            into: 'S1',
          }),
        ];
        expect(refused.map((r) => r.statusCode)).toEqual([404, 404, 409]);
        const rows = await t.storage.db
          .selectFrom('transcript_corrections')
          .selectAll()
          .where('recording_id', '=', recordingId)
          .execute();
        expect(rows).toEqual([]);
      });

      it('finds words across the case with highlights, best match first', async () => {
        const hits = await search('q=evaluation report');
        expect(hits.length).toBeGreaterThan(5);
        expect(hits.every((h) => h.text === SCRIPT[1])).toBe(true);
        expect(hits[0]).toMatchObject({ recordingId, meetingId: 'm1' });
        const marked = hits[0]?.snippet.filter((p) => p.highlight).map((p) => p.text);
        expect(marked).toEqual(['evaluation', 'report']);
        // The last word matches as a prefix (search as you type); plain words never reach the query syntax.
        expect((await search('q=occupational%20thera')).length).toBeGreaterThan(0);
        expect(await search(`q=${encodeURIComponent('"NEAR( OR * -')}`)).toEqual([]);
        expect((await search('q=report&limit=2')).length).toBe(2);
        const empty = await t.as(owner, 'GET', `/api/cases/${caseId}/transcripts/search?q=`);
        expect(empty.statusCode).toBe(400);
      });

      it('refuses a speaker name with a control character in it, plainly, on both databases', async () => {
        const refused = await t.as(owner, 'PUT', `${base(recordingId)}/transcript/speakers/S1`, {
          name: 'Chris\tPatel',
        });
        expect(refused.statusCode, refused.body).toBe(400);
        expect(refused.body).toContain('Use letters, numbers, spaces and punctuation in the name.');
        // A NUL is refused before the route reads the body (http/null-character.ts), as on every route.
        const nul = await t.as(owner, 'PUT', `${base(recordingId)}/transcript/speakers/S1`, {
          name: 'Chris\u0000Patel',
        });
        expect(nul.statusCode, nul.body).toBe(400);
      });

      it('renames a speaker everywhere, and the speaker filter follows the name', async () => {
        const renamed = await t.as(owner, 'PUT', `${base(recordingId)}/transcript/speakers/S1`, {
          name: 'Chris Patel',
        });
        expect(renamed.statusCode, renamed.body).toBe(200);
        const body = renamed.json<Body>();
        expect(body.speakers.find((s) => s.label === 'S1')).toMatchObject({
          name: 'Chris Patel',
          named: true,
        });
        expect(
          body.segments.filter((s) => s.speaker === 'S1').every((s) => s.speakerName === 'Chris Patel'),
        ).toBe(true);
        // S1 says the even lines of the script, S2 the odd ones.
        const hits = await search('q=speech%20therapy&speaker=chris%20patel&limit=100');
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.every((h) => h.speakerName === 'Chris Patel')).toBe(true);
        expect(await search('q=evaluation&speaker=Chris%20Patel')).toEqual([]);
        const only = await search('speaker=Chris%20Patel&limit=100');
        expect(only).toHaveLength(first.segments.filter((s) => s.speaker === 'S1').length);
        expect(only.every((h) => h.speakerName === 'Chris Patel')).toBe(true);
        expect(
          (await t.as(owner, 'PUT', `${base(recordingId)}/transcript/speakers/S9`, { name: 'Nobody' }))
            .statusCode,
        ).toBe(404);
      });

      it('finds the words of an edited segment, and no longer the machine words', async () => {
        const target0 = first.segments.find((s) => s.text === SCRIPT[3]);
        expect(target0).toBeDefined();
        const segment = target0 as SegmentView;
        const edited = await t.as(owner, 'PATCH', `${base(recordingId)}/transcript/segments/${segment.id}`, {
          text: 'We can add a trampoline break twice a day.',
        });
        expect(edited.statusCode, edited.body).toBe(200);
        const view = edited.json<Body>().segments.find((s) => s.id === segment.id);
        expect(view).toMatchObject({ edited: true, machineText: SCRIPT[3] });
        const hits = await search('q=trampoline');
        expect(hits.map((h) => h.segmentId)).toEqual([segment.id]);
        expect(hits[0]?.snippet.find((p) => p.highlight)?.text).toBe('trampoline');
        const aide = await search('q=aide&limit=100');
        expect(aide.map((h) => h.segmentId)).not.toContain(segment.id);
      });

      it('moves a segment to another speaker and merges two speakers', async () => {
        const segment = first.segments.find((s) => s.speaker === 'S2') as SegmentView;
        const moved = await t.as(owner, 'PATCH', `${base(recordingId)}/transcript/segments/${segment.id}`, {
          speaker: 'S1',
        });
        expect(moved.statusCode, moved.body).toBe(200);
        expect(moved.json<Body>().segments.find((s) => s.id === segment.id)).toMatchObject({
          speaker: 'S1',
          speakerName: 'Chris Patel',
        });
        const self = await t.as(owner, 'POST', `${base(recordingId)}/transcript/speakers/merge`, {
          from: 'S1',
          into: 'S1',
        });
        expect(self.statusCode).toBe(409);
        const merged = await t.as(owner, 'POST', `${base(recordingId)}/transcript/speakers/merge`, {
          from: 'S2',
          into: 'S1',
        });
        expect(merged.statusCode, merged.body).toBe(200);
        const body = merged.json<Body>();
        expect(body.speakers.map((s) => s.name)).toEqual(['Chris Patel']);
        expect(body.segments.every((s) => s.speakerName === 'Chris Patel')).toBe(true);
        expect(await search('speaker=Speaker%202')).toEqual([]);
        expect((await search('q=evaluation&speaker=Chris%20Patel')).length).toBeGreaterThan(0);
      });

      it('keeps only hits near a bookmark of the kind asked for (within 60 s)', async () => {
        const near = await search('q=meeting&bookmark=promised&limit=100');
        const all = await search('q=meeting&limit=100');
        expect(near.length).toBeGreaterThan(0);
        expect(near.length).toBeLessThan(all.length);
        expect(near.every((h) => h.start <= 70 + 0.01)).toBe(true);
        expect(await search('q=meeting&bookmark=refused')).toEqual([]);
      });

      it('gives another case nothing, even for the same words', async () => {
        const other = await t.importCase(owner);
        expect(await search('q=evaluation', other)).toEqual([]);
      });

      it('keeps the corrections through a new run, which replaces the old one in search', async () => {
        const rerun = await start(recordingId);
        // While it runs, the finished transcript stays the one shown.
        expect((await get(recordingId)).segments).toHaveLength(first.segments.length);
        await settle(rerun.id);
        const body = await get(recordingId);
        expect(body.transcript).toMatchObject({ id: rerun.id, status: 'done' });
        const oldIds = new Set(first.segments.map((s) => s.id));
        expect(body.segments.some((s) => oldIds.has(s.id))).toBe(false);
        expect(body.speakers.map((s) => s.name)).toEqual(['Chris Patel']);
        const edited = body.segments.filter((s) => s.edited);
        expect(edited.map((s) => s.text)).toEqual(['We can add a trampoline break twice a day.']);
        const hits = await search('q=trampoline');
        expect(hits).toHaveLength(1);
        expect(hits[0]).toMatchObject({ transcriptId: rerun.id, speakerName: 'Chris Patel' });
        const report = await search('q=evaluation&limit=100');
        expect(report.every((h) => h.transcriptId === rerun.id)).toBe(true);
      });

      it('deletes the transcripts with the recording, full-text index included', async () => {
        if (t.storage.dialect === 'sqlite')
          await sql`insert into transcript_segments_fts (transcript_segments_fts) values ('integrity-check')`.execute(
            t.storage.db,
          );
        expect((await t.as(owner, 'DELETE', base(recordingId))).statusCode).toBe(204);
        expect(await search('q=evaluation')).toEqual([]);
        const left = await t.storage.db
          .selectFrom('transcript_segments')
          .select('id')
          .where('recording_id', '=', recordingId)
          .execute();
        expect(left).toEqual([]);
        if (t.storage.dialect === 'sqlite') {
          await sql`insert into transcript_segments_fts (transcript_segments_fts) values ('integrity-check')`.execute(
            t.storage.db,
          );
          const indexed = await sql<{ n: number }>`select count(*) as n from transcript_segments_fts
            where transcript_segments_fts match 'evaluation'`.execute(t.storage.db);
          const stored = await sql<{ n: number }>`select count(*) as n from transcript_segments
            where search_text like '%evaluation%'`.execute(t.storage.db);
          expect(indexed.rows[0]?.n).toBe(stored.rows[0]?.n);
        }
      });
    });
  });
});
