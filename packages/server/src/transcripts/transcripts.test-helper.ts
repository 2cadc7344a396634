import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Config } from '../config.js';
import { openStorage, type Storage } from '../db/open-storage.js';
import { buildApp } from '../app/app.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { localJobQueue } from '../jobs/local-job-queue.js';
import { importRecording } from '../recordings/import.service.js';
import { tempDir, tone } from '../media/media.test-helper.js';
import type { EngineInfo } from '@iep/core/contract';
import type { Checkpoint, RecognizedSegment } from '../transcription/transcriber.js';
import type { TranscriptionEngine } from './transcription-engine.js';

// A fake speech engine with deterministic output, and a test app wired to it, for the transcript tests. The fake
// reads the (decrypted) audio it is given, then "hears" one segment every 2 s of the part: lines from a meeting
// script, two voices taking turns (their embeddings point two ways). Nothing here imports test-support, so the
// server build does not take the test databases in with this file.

/** The part of a StorageTarget (test-support) this needs. */
export interface FreshDatabase {
  freshConfig(): Promise<{ config: Config; cleanup: () => Promise<void> }>;
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

const PASSWORD = 'correct horse battery staple';
const EXAMPLE_CASE = new URL('../test-fixtures/case.example.json', import.meta.url);

export const SCRIPT = [
  'Good morning everyone, thank you for coming to the annual review.',
  'We will send the evaluation report by Friday.',
  'The reading goal stays at grade level for now.',
  'We cannot add a one to one aide this year.',
  'Can we talk about the speech therapy minutes?',
  'I agree that the behavior plan is working well.',
  'The occupational therapist will observe in class next week.',
  'We will schedule a follow up meeting in January.',
];

export const FAKE_ENGINE_INFO: EngineInfo = {
  name: 'pocketsphinx',
  label: 'fake engine (tests)',
  available: true,
  unavailableReason: null,
  accuracyNote: 'A fake engine for tests.',
  speakerModel: true,
};

export interface FakeRun {
  offsetSec: number;
  resume: Checkpoint | undefined;
  speakers: number | undefined;
  bytesRead: number;
}

export interface FakeEngine extends TranscriptionEngine {
  runs: FakeRun[];
  /** Called before each batch is handed over (0-based batch number of this call); may wait or throw. */
  beforeBatch: ((batch: number, signal: AbortSignal | undefined) => Promise<void>) | null;
  groupFails: boolean;
}

const SEGMENT_EVERY_SEC = 2;
const SEGMENT_LENGTH_SEC = 1.8;
const BATCH = 3;

/** The line the fake hears at a time on the timeline (the same after a resume). */
export function lineAt(startSec: number): string {
  return SCRIPT[Math.round(startSec / SEGMENT_EVERY_SEC) % SCRIPT.length] ?? '';
}

export function fakeEngine(): FakeEngine {
  const engine: FakeEngine = {
    runs: [],
    beforeBatch: null,
    groupFails: false,
    listEngines: () => Promise.resolve([FAKE_ENGINE_INFO]),
    pickEngine: () => Promise.resolve(FAKE_ENGINE_INFO),
    decodeToPcm: (input) => ({
      async *[Symbol.asyncIterator]() {
        for await (const chunk of input) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      },
    }),
    transcribePcm: async (pcm, options) => {
      let bytesRead = 0;
      for await (const chunk of pcm) bytesRead += chunk.length;
      const offset = options.offsetSec ?? 0;
      engine.runs.push({ offsetSec: offset, resume: options.resume, speakers: options.speakers, bytesRead });
      const duration = options.durationSec ?? 0;
      const from = options.resume?.processedSec ?? 0;
      const all: RecognizedSegment[] = [];
      for (let k = 0; k * SEGMENT_EVERY_SEC + SEGMENT_LENGTH_SEC <= duration; k++) {
        const local = k * SEGMENT_EVERY_SEC;
        if (local < from) continue;
        const start = offset + local;
        const text = lineAt(start);
        const words = text.split(' ').map((word, i) => ({
          text: word,
          start: start + i * 0.1,
          end: start + i * 0.1 + 0.09,
          confidence: 0.9,
        }));
        all.push({
          id: `seg-${Math.round(start * 1000)}-${k}`,
          start,
          end: start + SEGMENT_LENGTH_SEC,
          speaker: null,
          text,
          words,
          embedding: k % 2 === 0 ? [1, 0.1] : [0.1, 1],
        });
      }
      let count = options.resume?.segmentCount ?? 0;
      for (let b = 0; b * BATCH < all.length; b++) {
        if (options.signal?.aborted) throw new Error('stopped');
        await engine.beforeBatch?.(b, options.signal);
        const batch = all.slice(b * BATCH, (b + 1) * BATCH);
        count += batch.length;
        const last = batch.at(-1);
        const processedSec = b * BATCH + BATCH >= all.length ? duration : last ? last.end - offset : from;
        await options.onBatch(batch, { processedSec, segmentCount: count });
        options.onProgress?.(duration > 0 ? processedSec / duration : 1);
      }
      return { engine: FAKE_ENGINE_INFO, durationSec: duration, segmentCount: all.length };
    },
    groupSpeakers: (embeddings) => {
      if (engine.groupFails) throw new Error('clustering failed');
      const order: string[] = [];
      return embeddings.map((e) => {
        if (e === null) return null;
        const key = (e[0] ?? 0) > (e[1] ?? 0) ? 'a' : 'b';
        if (!order.includes(key)) order.push(key);
        return `S${order.indexOf(key) + 1}`;
      });
    },
  };
  return engine;
}

export interface TranscriptTestApp {
  app: FastifyInstance;
  storage: Storage;
  config: Config;
  jobs: JobQueue;
  engine: FakeEngine;
  close(): Promise<void>;
  signUp(email: string): Promise<Session>;
  as(
    session: Session,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** Imports the example case for the user; returns its id. */
  importCase(session: Session): Promise<string>;
  /** A recording of meeting m1 made of tones of these lengths (one part each, in order); returns its id. */
  record(caseId: string, seconds: number[]): Promise<string>;
}

/**
 * The app on the real clock (the job queue's backoff needs time to pass) with the fake engine; `open` opens the
 * storage another way (the encryption tests open a database as the release before encryption did).
 */
export async function transcriptTestApp(
  target: FreshDatabase,
  engine: TranscriptionEngine | null = fakeEngine(),
  options: { open?: (config: Config) => Promise<Storage> } = {},
): Promise<TranscriptTestApp> {
  const { config, cleanup } = await target.freshConfig();
  const storage = await (options.open ?? openStorage)(config);
  const jobs = localJobQueue(storage.db, { pollMs: 50 });
  const app = await buildApp(config, storage, {
    jobs,
    ...(engine ? { transcription: engine } : {}),
  });
  const audioDir = tempDir('iep-transcripts-test-');
  const inject = (session: Session, method: string, url: string, body?: unknown) => {
    const headers: Record<string, string> = { cookie: session.cookie };
    if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
    return app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
  };
  return {
    app,
    storage,
    config,
    jobs,
    engine: engine as FakeEngine,
    close: async () => {
      await app.close();
      await storage.close();
      fs.rmSync(audioDir, { recursive: true, force: true });
      await cleanup();
    },
    signUp: async (email) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { name: email.split('@')[0], email, password: PASSWORD },
      });
      if (response.statusCode !== 201) throw new Error(`Sign-up failed: ${response.body}`);
      const body = response.json<{ csrfToken: string; user: { id: string } }>();
      const cookie = response.cookies.find((c) => c.name === 'iep_session');
      if (!cookie) throw new Error('No session cookie in the sign-up answer.');
      return { cookie: `iep_session=${cookie.value}`, csrf: body.csrfToken, userId: body.user.id };
    },
    as: inject,
    importCase: async (session) => {
      const example = JSON.parse(fs.readFileSync(EXAMPLE_CASE, 'utf8')) as unknown;
      const response = await inject(session, 'POST', '/api/cases/import', example);
      if (response.statusCode !== 201) throw new Error(`Import failed: ${response.body}`);
      return response.json<{ id: string }>().id;
    },
    record: async (caseId, seconds) => {
      const ctx = app.appContext;
      let recordingId = '';
      for (const [i, length] of seconds.entries()) {
        const file = tone(path.join(audioDir, `${caseId}-${i}.wav`), length);
        const part = await importRecording(
          ctx,
          {
            caseId,
            meetingId: 'm1',
            file,
            originalName: `part-${i}.wav`,
            uploadedAt: new Date(Date.UTC(2026, 11, 7, 15, i * 10)),
          },
          null,
        );
        if (part.status !== 'ready') throw new Error(`The test part is ${part.status}: ${part.error ?? ''}`);
        recordingId = part.recording_id;
      }
      return recordingId;
    },
  };
}
