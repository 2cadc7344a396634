import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Config } from '../config.js';
import { openStorage, type Storage } from '../db/open-storage.js';
import { storageTargets, type StorageTarget } from '../test-support/storage-targets.js';
import { JobStateError, UnknownJobError, type JobDefinition, type JobQueue } from './job-queue.js';
import { localJobQueue } from './local-job-queue.js';
import { pgBossJobQueue } from './pg-boss-job-queue.js';

// One behavioural suite for every adapter of the job port: the in-process queue on SQLite and on PostgreSQL, and
// pg-boss on PostgreSQL. Adapter-only behaviour (a crashed process, heartbeats) has its own test file.

const targets = await storageTargets();
const sqlite = targets.find((t) => t.name === 'sqlite');
const postgres = targets.find((t) => t.name === 'postgres');

interface Adapter {
  name: string;
  target: StorageTarget;
  /** A new queue over the same database, as a new server process would open it. */
  open(storage: Storage, config: Config): JobQueue;
  /** Rewrites a stored job's payload behind the queue's back (an older version wrote it, or a person by hand). */
  corruptPayload(storage: Storage, config: Config, id: string, payload: unknown): Promise<void>;
}

const local = (target: StorageTarget): Adapter => ({
  name: `local queue on ${target.name}`,
  target,
  open: (storage) => localJobQueue(storage.db, { pollMs: 20 }),
  corruptPayload: async (storage, _config, id, payload) => {
    await storage.db
      .updateTable('jobs')
      .set({ payload: JSON.stringify(payload) })
      .where('id', '=', id)
      .execute();
  },
});

const databaseUrl = (config: Config) => {
  if (config.database.kind !== 'postgres') throw new Error('pg-boss needs PostgreSQL.');
  return config.database.url;
};

const pgBoss = (target: StorageTarget): Adapter => ({
  name: 'pg-boss on postgres',
  target,
  open: (_storage, config) =>
    pgBossJobQueue({ connectionString: databaseUrl(config), pollMs: 20, heartbeatMs: 100 }),
  corruptPayload: async (_storage, config, id, payload) => {
    const client = new pg.Client({ connectionString: databaseUrl(config) });
    await client.connect();
    try {
      await client.query(
        `update pgboss.job set data = jsonb_build_object('payload', $2::jsonb) where id = $1`,
        [id, JSON.stringify(payload)],
      );
    } finally {
      await client.end();
    }
  },
});

const adapters = [
  ...(sqlite ? [local(sqlite)] : []),
  ...(postgres ? [local(postgres), pgBoss(postgres)] : []),
];

const echo = z.object({ text: z.string().min(1) });
type Echo = z.infer<typeof echo>;

/** A handler that waits until released or aborted; it records what it saw. */
function gate() {
  const seen: { started: string[]; reasons: unknown[] } = { started: [], reasons: [] };
  const releases: (() => void)[] = [];
  const definition: JobDefinition<typeof echo> = {
    name: 'gated',
    payload: echo,
    backoffMs: () => 0,
    handler: (payload: Echo, context) => {
      seen.started.push(payload.text);
      context.progress(0.25);
      return new Promise((resolve, reject) => {
        const release = () => resolve({ status: 'done' });
        releases.push(release);
        context.signal.addEventListener('abort', () => {
          releases.splice(releases.indexOf(release), 1);
          seen.reasons.push(context.signal.reason);
          reject(new Error('stopped'));
        });
      });
    },
  };
  return { seen, definition, release: () => releases.shift()?.() };
}

describe.each(adapters)('job queue: $name', (adapter) => {
  describe.skipIf(adapter.target.skip !== null)(`(${adapter.target.label})`, () => {
    let storage: Storage;
    let config: Config;
    let cleanup: () => Promise<void>;
    const queues: JobQueue[] = [];
    const newQueue = (definitions: JobDefinition[]) => {
      const queue = adapter.open(storage, config);
      for (const d of definitions) queue.register(d);
      queues.push(queue);
      return queue;
    };
    beforeAll(async () => {
      const fresh = await adapter.target.freshConfig();
      config = fresh.config;
      cleanup = fresh.cleanup;
      storage = await openStorage(config);
    });
    // Each test's queues stop when it ends, even when it fails, so they never take the next test's jobs.
    afterEach(async () => {
      for (const q of queues.splice(0)) await q.stop();
    });
    afterAll(async () => {
      await storage?.close();
      await cleanup?.();
    });

    it('runs a job, shows its progress while it runs, and refuses a payload its schema rejects', async () => {
      const { seen, definition, release } = gate();
      const queue = newQueue([definition as JobDefinition]);
      await queue.start();
      const id = await queue.enqueue('gated', { text: 'hello' });
      await expect.poll(async () => (await queue.get(id))?.progress, { timeout: 5000 }).toBe(0.25);
      expect(await queue.get(id)).toMatchObject({
        status: 'running',
        attempts: 1,
        payload: { text: 'hello' },
      });
      release();
      const record = await queue.settled(id, 10_000);
      expect(record).toMatchObject({
        id,
        name: 'gated',
        status: 'done',
        attempts: 1,
        progress: 1,
        error: null,
      });
      expect(seen.started).toEqual(['hello']);
      await expect(queue.enqueue('gated', { text: '' })).rejects.toThrow();
      await expect(queue.enqueue('nothing-by-this-name', {})).rejects.toThrow(/No handler/);
      expect(await queue.get('no-such-job')).toBeNull();
    });

    it('checks the payload again when the job is taken off the queue', async () => {
      let calls = 0;
      const queue = newQueue([
        {
          name: 'echo',
          payload: echo,
          handler: () => {
            calls += 1;
            return Promise.resolve({ status: 'done' as const });
          },
        },
      ]);
      // Not started yet, so the job waits while its stored payload is changed.
      const id = await queue.enqueue('echo', { text: 'fine' });
      await adapter.corruptPayload(storage, config, id, { text: 42 });
      await queue.start();
      expect(await queue.settled(id, 10_000)).toMatchObject({
        status: 'failed',
        attempts: 1,
        error: 'The job data is not valid.',
      });
      expect(calls).toBe(0);
    });

    it('retries a thrown error with backoff, then fails with its message; a returned failure is final', async () => {
      let calls = 0;
      const queue = newQueue([
        {
          name: 'flaky',
          payload: echo,
          maxAttempts: 3,
          backoffMs: () => 30,
          handler: () => {
            calls += 1;
            return calls < 3
              ? Promise.reject(new Error('disk busy'))
              : Promise.resolve({ status: 'done' as const });
          },
        },
        {
          name: 'broken',
          payload: echo,
          maxAttempts: 2,
          backoffMs: () => 10,
          handler: () => Promise.reject(new Error('always broken')),
        },
        {
          name: 'bad-input',
          payload: echo,
          handler: () => Promise.resolve({ status: 'failed' as const, error: 'Not audio.' }),
        },
      ]);
      await queue.start();
      const flaky = await queue.settled(await queue.enqueue('flaky', { text: 'x' }), 10_000);
      expect(flaky).toMatchObject({ status: 'done', attempts: 3, error: null });
      const broken = await queue.settled(await queue.enqueue('broken', { text: 'x' }), 10_000);
      expect(broken).toMatchObject({ status: 'failed', attempts: 2, error: 'always broken' });
      const bad = await queue.settled(await queue.enqueue('bad-input', { text: 'x' }), 10_000);
      expect(bad).toMatchObject({ status: 'failed', attempts: 1, error: 'Not audio.' });
    });

    it('cancels a queued job: it never runs; settled jobs and unknown ids are left alone', async () => {
      const ran: string[] = [];
      const queue = newQueue([
        {
          name: 'echo',
          payload: echo,
          handler: (payload: Echo) => {
            ran.push(payload.text);
            return Promise.resolve({ status: 'done' as const });
          },
        },
      ]);
      const waiting = await queue.enqueue('echo', { text: 'waiting' });
      expect(await queue.cancel(waiting)).toMatchObject({ id: waiting, status: 'cancelled' });
      await queue.start();
      const done = await queue.settled(await queue.enqueue('echo', { text: 'runs' }), 10_000);
      expect(done.status).toBe('done');
      expect(await queue.settled(waiting, 1000)).toMatchObject({ status: 'cancelled', attempts: 0 });
      expect(ran).toEqual(['runs']);
      expect(await queue.cancel(done.id)).toMatchObject({ status: 'done' });
      expect(await queue.cancel('no-such-job')).toBeNull();
    });

    it('cancels a running job: its signal says why, and it ends cancelled whatever the handler does', async () => {
      const { seen, definition } = gate();
      let stubbornRuns = 0;
      let stubbornRelease: () => void = () => undefined;
      const queue = newQueue([
        definition as JobDefinition,
        {
          // Ignores the abort and reports success anyway: the cancel still wins.
          name: 'stubborn',
          payload: echo,
          handler: () => {
            stubbornRuns += 1;
            return new Promise((resolve) => (stubbornRelease = () => resolve({ status: 'done' })));
          },
        },
      ]);
      await queue.start();
      const id = await queue.enqueue('gated', { text: 'long' });
      await expect.poll(() => seen.started, { timeout: 5000 }).toEqual(['long']);
      expect(await queue.cancel(id)).toMatchObject({ status: 'cancelled' });
      await expect.poll(() => seen.reasons, { timeout: 5000 }).toEqual(['cancelled']);
      const stubborn = await queue.enqueue('stubborn', { text: 'x' });
      await expect.poll(() => stubbornRuns, { timeout: 5000 }).toBe(1);
      await queue.cancel(stubborn);
      stubbornRelease();
      // Give both a moment to write whatever they would, then check nothing moved.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await queue.get(id)).toMatchObject({ status: 'cancelled', attempts: 1 });
      expect(await queue.get(stubborn)).toMatchObject({ status: 'cancelled' });
      expect(seen.started).toEqual(['long']);
      expect(stubbornRuns).toBe(1);
    });

    it('retries a failed or cancelled job with its attempts reset; other states are refused', async () => {
      let calls = 0;
      let fix = false;
      const queue = newQueue([
        {
          name: 'broken',
          payload: echo,
          maxAttempts: 2,
          backoffMs: () => 0,
          handler: () => {
            calls += 1;
            return fix ? Promise.resolve({ status: 'done' as const }) : Promise.reject(new Error('no disk'));
          },
        },
      ]);
      await queue.start();
      const id = await queue.enqueue('broken', { text: 'x' });
      expect(await queue.settled(id, 10_000)).toMatchObject({ status: 'failed', attempts: 2 });
      // Still broken: it gets all its attempts again, not just one.
      const retried = await queue.retry(id);
      // It may already have been taken again.
      expect(['queued', 'running']).toContain(retried.status);
      expect(retried).toMatchObject({ error: null, progress: 0 });
      expect(await queue.settled(id, 10_000)).toMatchObject({
        status: 'failed',
        attempts: 2,
        error: 'no disk',
      });
      expect(calls).toBe(4);
      fix = true;
      await queue.retry(id);
      expect(await queue.settled(id, 10_000)).toMatchObject({ status: 'done', attempts: 1, error: null });
      await expect(queue.retry(id)).rejects.toThrow(JobStateError);
      await expect(queue.retry(id)).rejects.toThrow(/already done/);
      await expect(queue.retry('no-such-job')).rejects.toThrow(UnknownJobError);

      const cancelled = await queue.enqueue(
        'broken',
        { text: 'later' },
        { runAfter: new Date(Date.now() + 60_000) },
      );
      await expect(queue.retry(cancelled)).rejects.toThrow(/waiting to run/);
      await queue.cancel(cancelled);
      await queue.retry(cancelled);
      expect(await queue.settled(cancelled, 10_000)).toMatchObject({ status: 'done', attempts: 1 });
    });

    it('a cancelled job retried while its handler is still finishing runs again once that run has ended', async () => {
      const { seen, definition, release } = gate();
      const slowToStop: JobDefinition = {
        ...(definition as JobDefinition),
        handler: async (payload: Echo, context) => {
          const result = await definition.handler(payload, context).catch(async () => {
            await new Promise((resolve) => setTimeout(resolve, 200));
            throw new Error('stopped');
          });
          return result;
        },
      };
      const queue = newQueue([slowToStop]);
      await queue.start();
      const id = await queue.enqueue('gated', { text: 'again' });
      await expect.poll(() => seen.started, { timeout: 5000 }).toEqual(['again']);
      await queue.cancel(id);
      await queue.retry(id);
      await expect.poll(() => seen.started, { timeout: 5000 }).toEqual(['again', 'again']);
      expect(seen.reasons).toEqual(['cancelled']);
      release();
      expect(await queue.settled(id, 10_000)).toMatchObject({ status: 'done', attempts: 1 });
    });

    it('resumes queued and interrupted jobs after a restart, the interrupted attempt not counted', async () => {
      const { seen, definition } = gate();
      const first = newQueue([definition as JobDefinition]);
      await first.start();
      const a = await first.enqueue('gated', { text: 'a' });
      const b = await first.enqueue('gated', { text: 'b' });
      await expect.poll(() => seen.started, { timeout: 5000 }).toEqual(['a']);
      expect((await first.get(a))?.status).toBe('running');
      expect((await first.get(b))?.status).toBe('queued');
      // The server shuts down mid-job, and a new process (a new queue over the same database) takes over.
      const ranAgain: string[] = [];
      const second = newQueue([
        {
          ...(definition as JobDefinition),
          handler: (payload: Echo) => {
            ranAgain.push(payload.text);
            return Promise.resolve({ status: 'done' as const });
          },
        },
      ]);
      await first.stop();
      expect(seen.reasons).toEqual(['shutdown']);
      expect(await second.get(a)).toMatchObject({ status: 'queued', attempts: 0 });
      await second.start();
      expect(await second.settled(a, 10_000)).toMatchObject({ status: 'done', attempts: 1 });
      expect((await second.settled(b, 10_000)).status).toBe('done');
      expect(ranAgain.sort()).toEqual(['a', 'b']);
    });
  });
});
