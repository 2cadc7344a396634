import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordingPart, TranscriptBody } from '@iep/core/contract';
import { buildApp } from '../app/app.js';
import { openStorage } from '../db/open-storage.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { PASSWORD, exampleCase, sessionCookie } from '../test-support/test-app.js';
import { speechFile, tempDir, type Turn } from '../transcription/speech.test-helper.js';
import { realTranscriptionEngine, type TranscriptionEngine } from './transcription-engine.js';

// Live transcription with the real parts: espeak-ng speech made into a WebM/Opus stream (what MediaRecorder
// sends), cut into one-second chunks and uploaded in order as a recorder would. The first chunk starts a live
// transcript; it writes text while the part is still recording, survives a server restart in the middle (it
// resumes from its checkpoint over the stored chunks), and is complete soon after the part is finished, with no
// segment lost or saved twice. On SQLite (in-process jobs) and PostgreSQL (pg-boss).

const targets = await storageTargets();
const dir = tempDir('iep-live-test-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TURNS: Turn[] = [
  { voice: 'en-us+m3', text: 'Good morning everyone. The report is ready for you.' },
  { voice: 'en-us+f2', text: 'Thank you. We read the report last night at home.' },
  { voice: 'en-us+m3', text: 'We will add speech therapy two times a week.' },
  { voice: 'en-us+f2', text: 'Please write that down in the notes for this meeting.' },
  { voice: 'en-us+m3', text: 'The school will send the new plan by Friday.' },
  { voice: 'en-us+f2', text: 'Thank you all, we can stop here for today.' },
];
const wav = speechFile(dir, TURNS, { pauseSec: 1 });
const webmFile = path.join(dir, 'meeting.webm');
execFileSync('ffmpeg', [
  ...['-hide_banner', '-loglevel', 'error', '-i', wav],
  ...['-c:a', 'libopus', '-b:a', '24k', '-f', 'webm', '-y', webmFile],
]);
const webm = fs.readFileSync(webmFile);
const seconds = Number(execFileSync('soxi', ['-D', wav], { encoding: 'utf8' }));
// About one chunk a second, cut at even byte offsets (MediaRecorder's blobs need not end at frame edges).
const COUNT = Math.round(seconds);
const CUTS = Array.from({ length: COUNT + 1 }, (_, i) => Math.round((webm.length * i) / COUNT));
const chunks = CUTS.slice(1).map((end, i) => webm.subarray(CUTS[i], end));

/** Where each pipeline run started on the timeline (a run over the first part starts at 0). */
const offsets: number[] = [];
/** Small batches, so a short meeting makes several checkpoints. */
const engine: TranscriptionEngine = {
  ...realTranscriptionEngine,
  transcribePcm: (pcm, options) => {
    offsets.push(options.offsetSec ?? 0);
    return realTranscriptionEngine.transcribePcm(pcm, { ...options, batchSeconds: 4 });
  },
};

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 90_000) {
  const stop = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > stop) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(targets)('live transcription on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let cleanup: () => Promise<void>;
    let config: Awaited<ReturnType<typeof target.freshConfig>>['config'];
    let storage: Awaited<ReturnType<typeof openStorage>>;
    let app: Awaited<ReturnType<typeof buildApp>>;
    let headers: Record<string, string>;
    let caseId = '';
    let firstDone: TranscriptBody | null = null;

    const transcript = async (): Promise<TranscriptBody | null> => {
      const recording = await app.inject({
        method: 'GET',
        url: `/api/cases/${caseId}/meetings/m1/recording`,
        headers,
      });
      const recordingId = recording.json<{ id: string }>().id;
      const res = await app.inject({
        method: 'GET',
        url: `/api/cases/${caseId}/recordings/${recordingId}/transcript`,
        headers,
      });
      return res.statusCode === 200 ? res.json<TranscriptBody>() : null;
    };
    const newPart = async (clientPartId: string, startedAt: string) =>
      (
        await app.inject({
          method: 'POST',
          url: `/api/cases/${caseId}/meetings/m1/recording/parts`,
          headers,
          payload: { clientPartId, startedAt, mimeType: 'audio/webm;codecs=opus' },
        })
      ).json<RecordingPart>();
    const put = async (partId: string, seq: number) => {
      const res = await app.inject({
        method: 'PUT',
        url: `/api/cases/${caseId}/recording-parts/${partId}/chunks/${seq}`,
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        payload: chunks[seq],
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    const finishPart = async (partId: string) => {
      const finish = await app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/recording-parts/${partId}/finish`,
        headers,
        payload: { lastSeq: chunks.length - 1 },
      });
      expect(finish.statusCode).toBe(202);
    };

    const start = async () => {
      storage = await openStorage(config);
      app = await buildApp(config, storage, { transcription: engine });
    };
    const stop = async () => {
      await app.close();
      await storage.close();
    };

    beforeAll(async () => {
      ({ config, cleanup } = await target.freshConfig({ IEP_LIVE_TRANSCRIPTION: 'true' }));
      await start();
      const signUp = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: 'Live', email: 'live@example.org', password: PASSWORD },
      });
      headers = {
        cookie: sessionCookie(signUp),
        'x-csrf-token': signUp.json<{ csrfToken: string }>().csrfToken,
      };
    });
    afterAll(async () => {
      await stop();
      await cleanup();
    });

    it(
      'writes the transcript while the part records, resumes after a restart, and completes after the stop',
      { timeout: 240_000 },
      async () => {
        const made = await app.inject({
          method: 'POST',
          url: '/api/cases/import',
          headers,
          payload: exampleCase(),
        });
        caseId = made.json<{ id: string }>().id;
        const part = await newPart('live', '2026-11-23T15:00:00Z');

        const half = Math.floor(chunks.length / 2);
        for (let seq = 0; seq < half; seq++) await put(part.id, seq);
        // Text appears while the part is still being recorded.
        const early = await until('live text', async () => {
          const body = await transcript();
          return body && body.segments.length > 0 && body.transcript?.processedSec ? body : null;
        });
        expect(early.transcript).toMatchObject({ live: true, status: 'running', durationSec: null });
        const partNow = await app.inject({
          method: 'GET',
          url: `/api/cases/${caseId}/meetings/m1/recording`,
          headers,
        });
        expect(partNow.json<{ parts: RecordingPart[] }>().parts[0]?.status).toBe('recording');

        // The server stops in the middle and comes back; the recorder goes on uploading.
        await stop();
        await start();
        for (let seq = half; seq < chunks.length; seq++) await put(part.id, seq);
        await finishPart(part.id);

        const done = await until('the finished transcript', async () => {
          const body = await transcript();
          return body?.transcript?.status === 'done' ? body : null;
        });
        expect(done.transcript?.live).toBe(true);
        expect(done.transcript?.durationSec).toBeCloseTo(seconds, 0);
        expect(done.transcript?.processedSec).toBeCloseTo(done.transcript?.durationSec ?? 0, 3);
        // Every turn is there once: segments in order, none overlapping (nothing saved twice).
        const starts = done.segments.map((s) => s.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        done.segments.forEach((s, i) => {
          const next = done.segments[i + 1];
          if (next) expect(next.start).toBeGreaterThanOrEqual(s.end - 0.001);
        });
        expect(done.segments.length).toBeGreaterThanOrEqual(TURNS.length - 1);
        expect(done.segments.at(-1)?.end ?? 0).toBeGreaterThan(seconds - 6);
        expect(done.speakers.length).toBeGreaterThanOrEqual(1);
        firstDone = done;
      },
    );

    it(
      'a second session starts a new live run that takes over the text of the first and adds its own',
      { timeout: 240_000 },
      async () => {
        const first = firstDone;
        if (!first?.transcript) throw new Error('the first test did not finish');
        offsets.length = 0;
        const part = await newPart('session-2', '2026-11-24T15:00:00Z');
        for (let seq = 0; seq < chunks.length; seq++) await put(part.id, seq);
        await finishPart(part.id);
        const done = await until('the transcript of the second session', async () => {
          const body = await transcript();
          return body?.transcript?.status === 'done' && body.transcript.id !== first.transcript?.id
            ? body
            : null;
        });
        const firstLength = first.transcript.durationSec ?? 0;
        // The first session was not recognized again: every pipeline run of the new transcript began after it.
        expect(offsets.length).toBeGreaterThan(0);
        expect(Math.min(...offsets)).toBeCloseTo(firstLength, 0);
        const before = done.segments.filter((s) => s.start < firstLength);
        expect(before.map((s) => [s.start, s.text])).toEqual(first.segments.map((s) => [s.start, s.text]));
        expect(done.segments.length).toBeGreaterThan(first.segments.length);
        expect(done.transcript?.durationSec).toBeCloseTo(2 * firstLength, 0);
      },
    );
  });
});
