import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStorage, type Storage } from '../db/open-storage.js';
import type { Config } from '../config.js';
import { storageTargets } from '../test-support/storage-targets.js';
import type { JobDefinition, JobQueue } from './job-queue.js';
import { localJobQueue } from './local-job-queue.js';

const targets = await storageTargets();

const echo = z.object({ text: z.string().min(1) });

describe.each(targets)('job queue on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let storage: Storage;
    let config: Config;
    let cleanup: () => Promise<void>;
    const queues: JobQueue[] = [];
    const newQueue = (definitions: JobDefinition[]) => {
      const queue = localJobQueue(storage.db, { pollMs: 20 });
      for (const d of definitions) queue.register(d);
      queues.push(queue);
      return queue;
    };
    beforeAll(async () => {
      const fresh = await target.freshConfig();
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

    it('runs a job, keeps its progress, and refuses a payload its schema rejects', async () => {
      const seen: string[] = [];
      const queue = newQueue([
        {
          name: 'echo',
          payload: echo,
          handler: async (payload: z.infer<typeof echo>, context) => {
            seen.push(payload.text);
            context.progress(0.5);
            return { status: 'done' };
          },
        },
      ]);
      await queue.start();
      const id = await queue.enqueue('echo', { text: 'hello' });
      const record = await queue.settled(id, 10_000);
      expect(record).toMatchObject({ status: 'done', attempts: 1, progress: 1, error: null });
      expect(seen).toEqual(['hello']);
      await expect(queue.enqueue('echo', { text: '' })).rejects.toThrow();
      await expect(queue.enqueue('nothing-by-this-name', {})).rejects.toThrow(/No handler/);
      await queue.stop();
    });

    it('checks the payload again when the job is taken off the queue', async () => {
      const queue = newQueue([
        { name: 'echo', payload: echo, handler: () => Promise.resolve({ status: 'done' as const }) },
      ]);
      const now = new Date().toISOString();
      // A row written by an older version, or by hand: the payload no longer fits the schema.
      await storage.db
        .insertInto('jobs')
        .values({
          id: 'bad-payload',
          name: 'echo',
          payload: JSON.stringify({ text: 42 }),
          status: 'queued',
          attempts: 0,
          progress: 0,
          error: null,
          run_after: now,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await queue.start();
      expect(await queue.settled('bad-payload', 10_000)).toMatchObject({
        status: 'failed',
        error: 'The job data is not valid.',
      });
      await queue.stop();
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
      expect(flaky).toMatchObject({ status: 'done', attempts: 3 });
      const broken = await queue.settled(await queue.enqueue('broken', { text: 'x' }), 10_000);
      expect(broken).toMatchObject({ status: 'failed', attempts: 2, error: 'always broken' });
      const bad = await queue.settled(await queue.enqueue('bad-input', { text: 'x' }), 10_000);
      expect(bad).toMatchObject({ status: 'failed', attempts: 1, error: 'Not audio.' });
      await queue.stop();
    });

    it('resumes queued and interrupted jobs after a restart', async () => {
      let release: () => void = () => undefined;
      const started: string[] = [];
      const slow: JobDefinition = {
        name: 'slow',
        payload: echo,
        handler: (payload: z.infer<typeof echo>, context) => {
          started.push(payload.text);
          return new Promise((resolve, reject) => {
            release = () => resolve({ status: 'done' });
            context.signal.addEventListener('abort', () => reject(new Error('stopped')));
          });
        },
      };
      const first = newQueue([slow]);
      await first.start();
      const a = await first.enqueue('slow', { text: 'a' });
      const b = await first.enqueue('slow', { text: 'b' });
      await expect.poll(() => started, { timeout: 5000 }).toEqual(['a']);
      expect((await first.get(a))?.status).toBe('running');
      expect((await first.get(b))?.status).toBe('queued');
      // The server shuts down mid-job, and a new process (a new queue over the same database) takes over.
      const second = localJobQueue(storage.db, { pollMs: 20 });
      second.register({
        ...slow,
        handler: (payload: z.infer<typeof echo>) => {
          started.push(`again:${payload.text}`);
          return Promise.resolve({ status: 'done' as const });
        },
      });
      queues.push(second);
      // Stopping aborts the running job and puts it back in the queue, its attempt not counted.
      await first.stop();
      expect((await second.get(a))?.status).toBe('queued');
      await second.start();
      expect((await second.settled(a, 10_000)).status).toBe('done');
      expect((await second.settled(b, 10_000)).status).toBe('done');
      expect(started).toEqual(expect.arrayContaining(['again:a', 'again:b']));
      release();
      await second.stop();
    });

    it('puts a job left running by a crashed process back on the queue at start', async () => {
      const now = new Date().toISOString();
      await storage.db
        .insertInto('jobs')
        .values({
          id: 'crashed-mid-run',
          name: 'echo',
          payload: JSON.stringify({ text: 'left over' }),
          status: 'running',
          attempts: 1,
          progress: 0.4,
          error: null,
          run_after: now,
          created_at: now,
          updated_at: now,
        })
        .execute();
      const ran: string[] = [];
      const queue = newQueue([
        {
          name: 'echo',
          payload: echo,
          handler: (payload: z.infer<typeof echo>) => {
            ran.push(payload.text);
            return Promise.resolve({ status: 'done' as const });
          },
        },
      ]);
      await queue.start();
      expect(await queue.settled('crashed-mid-run', 10_000)).toMatchObject({ status: 'done', attempts: 2 });
      expect(ran).toEqual(['left over']);
      await queue.stop();
    });
  });
});
