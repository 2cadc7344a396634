import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Config } from '../config.js';
import { openStorage, type Storage } from '../db/open-storage.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { openJobQueue } from './open-job-queue.js';

const targets = await storageTargets();
const echo = z.object({ text: z.string().min(1) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(targets)('openJobQueue on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let storage: Storage;
    let config: Config;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      const fresh = await target.freshConfig();
      config = fresh.config;
      cleanup = fresh.cleanup;
      storage = await openStorage(config);
    });
    afterAll(async () => {
      await storage?.close();
      await cleanup?.();
    });

    it(`uses ${target.name === 'postgres' ? 'pg-boss, after moving jobs left in the jobs table' : 'the jobs table'}`, async () => {
      const at = new Date().toISOString();
      const leftOver = (id: string, payload: unknown) => ({
        id,
        name: 'echo',
        payload: JSON.stringify(payload),
        status: 'queued' as const,
        attempts: 0,
        progress: 0,
        error: null,
        run_after: at,
        created_at: at,
        updated_at: at,
      });
      // Jobs an earlier version queued in the jobs table before the server was upgraded.
      await storage.db
        .insertInto('jobs')
        .values([leftOver('old-good', { text: 'from before' }), leftOver('old-bad', { text: 7 })])
        .execute();
      const ran: string[] = [];
      const queue = openJobQueue(storage, { config, pollMs: 20 });
      queue.register({
        name: 'echo',
        payload: echo,
        handler: (payload: z.infer<typeof echo>) => {
          ran.push(payload.text);
          return Promise.resolve({ status: 'done' as const });
        },
      });
      try {
        await queue.start();
        const id = await queue.enqueue('echo', { text: 'new' });
        expect(await queue.settled(id, 10_000)).toMatchObject({ status: 'done' });
        const rows = await storage.db
          .selectFrom('jobs')
          .select(['id', 'status', 'error'])
          .where('id', 'in', ['old-good', 'old-bad'])
          .orderBy('id')
          .execute();
        if (target.name === 'sqlite') {
          expect(id).not.toMatch(UUID);
          expect(await queue.settled('old-good', 10_000)).toMatchObject({ status: 'done' });
          expect(await queue.settled('old-bad', 10_000)).toMatchObject({ status: 'failed' });
        } else {
          expect(id).toMatch(UUID);
          expect(rows[0]).toMatchObject({ id: 'old-bad', status: 'failed' });
          expect(rows[1]).toMatchObject({ id: 'old-good', status: 'cancelled' });
          const moved = /as job (\S+)\.$/.exec(rows[1]?.error ?? '')?.[1] ?? '';
          expect(await queue.settled(moved, 10_000)).toMatchObject({
            status: 'done',
            payload: { text: 'from before' },
          });
        }
        expect(ran.sort()).toEqual(['from before', 'new']);
      } finally {
        await queue.stop();
      }
    });
  });
});
