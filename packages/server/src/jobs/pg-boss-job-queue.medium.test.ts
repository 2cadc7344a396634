import pg from 'pg';
import PgBoss from 'pg-boss';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storageTargets } from '../test-support/storage-targets.js';
import { JobStateError, type JobDefinition, type JobQueue } from './job-queue.js';
import { pgBossJobQueue, type PgBossJobQueueOptions } from './pg-boss-job-queue.js';

// What only the pg-boss adapter does: several processes, a process that dies, a run that takes too long. The
// behaviour all adapters share is in job-queue.medium.test.ts.

const postgres = (await storageTargets()).find((t) => t.name === 'postgres');
if (!postgres) throw new Error('storageTargets() always lists PostgreSQL.');

const echo = z.object({ text: z.string().min(1) });
type Echo = z.infer<typeof echo>;

describe.skipIf(postgres.skip !== null)(`pg-boss job queue (${postgres.label})`, () => {
  let url: string;
  let cleanup: () => Promise<void>;
  const queues: JobQueue[] = [];
  const newQueue = (definitions: JobDefinition[], options: Partial<PgBossJobQueueOptions> = {}) => {
    const queue = pgBossJobQueue({ connectionString: url, pollMs: 20, ...options });
    for (const d of definitions) queue.register(d);
    queues.push(queue);
    return queue;
  };
  beforeAll(async () => {
    const fresh = await postgres.freshConfig();
    if (fresh.config.database.kind !== 'postgres') throw new Error('Expected a PostgreSQL config.');
    url = fresh.config.database.url;
    cleanup = fresh.cleanup;
  });
  afterEach(async () => {
    for (const q of queues.splice(0)) await q.stop();
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it('runs again a job whose process died mid-run, once its heartbeat is old', async () => {
    const ran: string[] = [];
    const definition: JobDefinition = {
      name: 'echo',
      payload: echo,
      backoffMs: () => 0,
      handler: (payload: Echo) => {
        ran.push(payload.text);
        return Promise.resolve({ status: 'done' as const });
      },
    };
    const id = await newQueue([definition]).enqueue('echo', { text: 'orphan' });
    // A process takes the job and dies without a word: pg-boss alone would wait out the expiry (hours).
    const dead = new PgBoss({ connectionString: url, schedule: false, supervise: false });
    dead.on('error', () => undefined);
    await dead.start();
    const [taken] = await dead.fetch('echo');
    expect(taken?.id).toBe(id);
    await dead.stop({ graceful: false });

    const survivor = newQueue([definition], { staleAfterMs: 300 });
    await survivor.start();
    expect((await survivor.get(id))?.status).toBe('running');
    expect(await survivor.settled(id, 10_000)).toMatchObject({ status: 'done', error: null });
    expect(ran).toEqual(['orphan']);
  });

  it('stops a run in another process when the job is cancelled here', async () => {
    const reasons: unknown[] = [];
    const worker = newQueue(
      [
        {
          name: 'echo',
          payload: echo,
          handler: (_payload: Echo, context) =>
            new Promise((_resolve, reject) =>
              context.signal.addEventListener('abort', () => {
                reasons.push(context.signal.reason);
                reject(new Error('stopped'));
              }),
            ),
        },
      ],
      { heartbeatMs: 50 },
    );
    await worker.start();
    const id = await worker.enqueue('echo', { text: 'far away' });
    await expect.poll(async () => (await worker.get(id))?.status, { timeout: 5000 }).toBe('running');
    // Another server process (the one that got the HTTP request) cancels it.
    const other = newQueue([
      { name: 'echo', payload: echo, handler: () => Promise.resolve({ status: 'done' }) },
    ]);
    expect(await other.cancel(id)).toMatchObject({ status: 'cancelled' });
    await expect.poll(() => reasons, { timeout: 5000 }).toEqual(['cancelled']);
    expect(await worker.get(id)).toMatchObject({ status: 'cancelled', attempts: 1 });
  });

  it('aborts a run that outlasts expireInSeconds and retries it', async () => {
    const reasons: unknown[] = [];
    const queue = newQueue(
      [
        {
          name: 'slow',
          payload: echo,
          maxAttempts: 2,
          backoffMs: () => 0,
          handler: (_payload: Echo, context) =>
            context.attempt === 1
              ? new Promise((_resolve, reject) =>
                  context.signal.addEventListener('abort', () => {
                    reasons.push(context.signal.reason);
                    reject(new Error('took too long'));
                  }),
                )
              : Promise.resolve({ status: 'done' as const }),
        },
      ],
      { expireInSeconds: 1 },
    );
    await queue.start();
    const id = await queue.enqueue('slow', { text: 'x' });
    expect(await queue.settled(id, 10_000)).toMatchObject({ status: 'done', attempts: 2 });
    expect(reasons).toEqual(['expired']);
  });

  it('keeps payloads that are not objects, and a runAfter in the future', async () => {
    const seen: unknown[] = [];
    const list = z.array(z.string());
    const queue = newQueue([
      {
        name: 'list',
        payload: list,
        handler: (payload: z.infer<typeof list>) => {
          seen.push(payload);
          return Promise.resolve({ status: 'done' as const });
        },
      },
    ]);
    await queue.start();
    const later = new Date(Date.now() + 60 * 60_000);
    const waiting = await queue.enqueue('list', ['later'], { runAfter: later });
    const id = await queue.enqueue('list', ['a', 'b']);
    expect(await queue.settled(id, 10_000)).toMatchObject({ status: 'done', payload: ['a', 'b'] });
    expect(seen).toEqual([['a', 'b']]);
    expect(await queue.get(waiting)).toMatchObject({ status: 'queued', runAfter: later.toISOString() });
  });

  it('still shows a job pg-boss has archived, and says it is too old to retry', async () => {
    const queue = newQueue([
      {
        name: 'bad-input',
        payload: echo,
        handler: () => Promise.resolve({ status: 'failed' as const, error: 'Not audio.' }),
      },
    ]);
    await queue.start();
    const id = await queue.settled(await queue.enqueue('bad-input', { text: 'x' }), 10_000).then((r) => r.id);
    // What pg-boss's maintenance does to a failed job after archiveFailedAfterSeconds (12 hours by default).
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(
        `with moved as (delete from pgboss.job where id = $1 returning *)
         insert into pgboss.archive (id, name, priority, data, state, retry_limit, retry_count, retry_delay,
           retry_backoff, start_after, started_on, singleton_key, singleton_on, expire_in, created_on, completed_on,
           keep_until, dead_letter, policy, output)
         select id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff, start_after,
           started_on, singleton_key, singleton_on, expire_in, created_on, completed_on, keep_until, dead_letter,
           policy, output from moved`,
        [id],
      );
    } finally {
      await client.end();
    }
    expect(await queue.get(id)).toMatchObject({ status: 'failed', error: 'Not audio.' });
    await expect(queue.retry(id)).rejects.toThrow(JobStateError);
    await expect(queue.retry(id)).rejects.toThrow(/too old/);
  });
});
