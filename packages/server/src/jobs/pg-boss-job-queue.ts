import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { z } from 'zod';
import {
  JobStateError,
  UnknownJobError,
  cannotRetryMessage,
  isSettled,
  type JobAbortReason,
  type JobDefinition,
  type JobQueue,
} from './job-queue.js';
import {
  ensureQueue,
  inTransaction,
  lazyConnection,
  transaction,
  type Connection,
} from './pg-boss-connection.js';
import { jobMeta, type MetaRow } from './pg-boss-meta.js';
import { jobStatus, pgBossRetryOptions, toRecord, type Data } from './pg-boss-states.js';
import { pgBossWorker } from './pg-boss-worker.js';

export { pgBossRetryOptions };

// The job port on pg-boss v10, for PostgreSQL deployments: several server processes can share the work.
//
// pg-boss keeps the job (state, payload, retries); a small table of ours, `<metaSchema>.job_meta`, created in
// start() (pg-boss has no progress), keeps what the port shows beyond that: progress, the error message, attempts
// as the port counts them, and a heartbeat. The job's name is there too: pg-boss looks jobs up by name and id.
//
// We fetch jobs ourselves instead of boss.work(): work() completes or fails a job whatever its state, cannot end a
// job as final (the port's 'failed' outcome), and counts a shutdown as a failed attempt. Each settle runs in one
// transaction that first checks the job is still this run's (state active, same started_on), so a cancel or another
// process that took the job over is never undone. Three small updates of pg-boss's own `job` table (retry_limit,
// start_after) do what its API cannot: a final failure, a shutdown that does not use up an attempt, and a retry that
// resets the attempts.
//
// A process that dies leaves its jobs active. pg-boss would only expire them after `expireInSeconds`; our heartbeat
// lets any process fail them (so they are retried) once they have not been heard from for `staleAfterMs`.
//
// This file is the adapter (the JobQueue methods). The rest: pg-boss-connection.ts (pool, pg-boss, queues),
// pg-boss-meta.ts (the job_meta statements), pg-boss-states.ts (pg-boss's states and retry options as the port's),
// pg-boss-worker.ts (polling, heartbeat, sweep) and pg-boss-run.ts (one run of a job and how it is settled).

export interface PgBossJobQueueOptions {
  connectionString: string;
  /** pg-boss's schema. Default 'pgboss'. */
  schema?: string;
  /** Where our job_meta table lives. Default 'iep_jobs'. */
  metaSchema?: string;
  now?: () => Date;
  log?: (message: string, detail?: unknown) => void;
  /** Jobs run at the same time in this process, over all names. Default 1. */
  concurrency?: number;
  /** How often to look for due jobs. Default 1000. */
  pollMs?: number;
  /** Longest run before the job is aborted ('expired') and retried. Default 6 hours (long recordings); max 24 h. */
  expireInSeconds?: number;
  /** How often running jobs say they are alive and look for a cancel from another process. Default 30 s. */
  heartbeatMs?: number;
  /** An active job not heard from for this long belongs to a process that is gone: it is retried. Default 5 min. */
  staleAfterMs?: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function pgBossJobQueue(options: PgBossJobQueueOptions): JobQueue {
  const schema = options.schema ?? 'pgboss';
  const metaSchema = options.metaSchema ?? 'iep_jobs';
  for (const name of [schema, metaSchema])
    if (!NAME.test(name)) throw new Error(`"${name}" cannot be used as a schema name.`);
  const meta = jobMeta(schema, metaSchema);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const concurrency = options.concurrency ?? 1;
  const pollMs = options.pollMs ?? 1000;
  const expireInSeconds = options.expireInSeconds ?? 6 * 60 * 60;
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const staleAfterMs = options.staleAfterMs ?? 5 * 60_000;
  const iso = () => now().toISOString();

  const definitions = new Map<string, JobDefinition>();
  const { connect, close } = lazyConnection({
    connectionString: options.connectionString,
    schema,
    concurrency,
    expireInSeconds,
    meta,
    log,
  });
  const worker = pgBossWorker({
    schema,
    meta,
    definitions,
    connect,
    now,
    iso,
    log,
    concurrency,
    pollMs,
    expireInSeconds,
    heartbeatMs,
    staleAfterMs,
  });

  /**
   * Our row and pg-boss's (archived ones too), or null when either is missing. Both are read from one snapshot: a
   * run that settles between two separate reads would pair the last attempt's error with the new "done".
   */
  async function read(
    c: Connection,
    id: string,
  ): Promise<{ row: MetaRow; job: PgBoss.JobWithMetadata<Data> } | null> {
    let found: { row: MetaRow; job: PgBoss.JobWithMetadata<Data> } | null = null;
    await transaction(c.pool, async (client) => {
      await client.query('set transaction isolation level repeatable read');
      const row = await meta.read(client, id);
      if (!row) return;
      const job = await c.boss.getJobById<Data>(row.name, id, {
        includeArchive: true,
        db: inTransaction(client),
      });
      found = job ? { row, job } : null;
    });
    return found;
  }

  const queue: JobQueue = {
    register<S extends z.ZodType>(definition: JobDefinition<S>) {
      definitions.set(definition.name, definition as unknown as JobDefinition);
    },
    async enqueue(name, payload, enqueueOptions = {}) {
      const definition = definitions.get(name);
      if (!definition) throw new UnknownJobError(`No handler for jobs named "${name}".`);
      const checked: unknown = definition.payload.parse(payload);
      const c = await connect();
      await ensureQueue(c, name);
      const id = randomUUID();
      const at = iso();
      // Ours first: a worker may take the job the moment pg-boss has it.
      await meta.insert(c.pool, id, name, at);
      try {
        const data: Data = { payload: checked };
        await c.boss.send(name, data, {
          id,
          ...pgBossRetryOptions(definition),
          expireInSeconds,
          ...(enqueueOptions.runAfter ? { startAfter: enqueueOptions.runAfter } : {}),
        });
      } catch (error) {
        await meta.remove(c.pool, id).catch(() => undefined);
        throw error;
      }
      worker.schedule(0);
      return id;
    },
    async get(id) {
      const found = await read(await connect(), id);
      return found ? toRecord(found.job, found.row) : null;
    },
    async start() {
      await worker.start();
    },
    async stop() {
      await worker.stop();
      await close();
    },
    async cancel(id) {
      const c = await connect();
      const found = await read(c, id);
      if (!found) return null;
      if (isSettled(jobStatus(found.job.state))) return toRecord(found.job, found.row);
      // pg-boss cancels anything not yet completed; a run elsewhere sees it at its next heartbeat.
      await c.boss.cancel(found.row.name, id);
      await meta.touch(c.pool, id, iso());
      worker.abort(id, 'cancelled' satisfies JobAbortReason);
      return queue.get(id).then((record) => record ?? toRecord(found.job, found.row));
    },
    async retry(id) {
      const c = await connect();
      const found = await read(c, id);
      if (!found) throw new UnknownJobError(`No job ${id}.`);
      const status = jobStatus(found.job.state);
      if (status !== 'failed' && status !== 'cancelled') throw new JobStateError(cannotRetryMessage(status));
      const { name } = found.row;
      const attempts = definitions.get(name)?.maxAttempts ?? 3;
      let changed = false;
      await transaction(c.pool, async (client) => {
        const db = inTransaction(client);
        // A full set of attempts again: fetch adds one to retry_count for a job that ran before, retry() adds one
        // to retry_limit, and the job runs while retry_count < retry_limit. Due now, like a new job.
        const { rowCount } = await client.query(
          `update ${schema}.job set start_after = now(), retry_limit = retry_count
              + case when started_on is null then 0 else 1 end + $3 - case when state = 'failed' then 2 else 1 end
            where name = $1 and id = $2 and state = $4`,
          [name, id, attempts, found.job.state],
        );
        if (rowCount !== 1) return;
        if (status === 'failed') await c.boss.retry(name, id, { db });
        else await c.boss.resume(name, id, { db });
        await meta.resetAttempts(client, id, iso());
        changed = true;
      });
      if (!changed) {
        // Its state changed in between: decide again on the new one. Unchanged: pg-boss has archived it.
        const current = await read(c, id);
        if (current?.job.state !== found.job.state) return queue.retry(id);
        throw new JobStateError('This job is too old to run again. Start a new one instead.');
      }
      worker.schedule(0);
      const record = await queue.get(id);
      if (!record) throw new UnknownJobError(`No job ${id}.`);
      return record;
    },
    async settled(id, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const record = await queue.get(id);
        if (!record) throw new UnknownJobError(`No job ${id}.`);
        if (isSettled(record.status)) return record;
        if (Date.now() > deadline) throw new Error(`Job ${id} still ${record.status} after ${timeoutMs} ms.`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
  return queue;
}
