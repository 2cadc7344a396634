import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStorage, type Storage } from '../db/open-storage.js';
import type { Config } from '../config.js';
import { storageTargets } from '../test-support/storage-targets.js';
import type { JobDefinition, JobQueue } from './job-queue.js';
import { localJobQueue } from './local-job-queue.js';

const targets = await storageTargets();

const echo = z.object({ text: z.string().min(1) });

// The behaviour every adapter shares is in job-queue.medium.test.ts; this file keeps what only the local one does.
describe.each(targets)('local job queue on $name', (target) => {
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
