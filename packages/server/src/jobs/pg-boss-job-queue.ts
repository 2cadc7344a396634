import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { z } from 'zod';
import {
  JobStateError,
  UnknownJobError,
  cannotRetryMessage,
  isSettled,
  type JobAbortReason,
  type JobContext,
  type JobDefinition,
  type JobOutcome,
  type JobQueue,
  type JobRecord,
  type JobStatus,
} from './job-queue.js';

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
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BAD_PAYLOAD = 'The job data is not valid.';
const SERVER_STOPPED = 'The server stopped while this job ran.';

const STATUS: Record<string, JobStatus> = {
  created: 'queued',
  retry: 'queued',
  active: 'running',
  completed: 'done',
  cancelled: 'cancelled',
  failed: 'failed',
};

/** What we keep in pg-boss's `data`: wrapped, so a payload that is an array or a string is stored as JSON too. */
interface Data {
  payload: unknown;
}

interface MetaRow {
  id: string;
  name: string;
  attempts: number;
  progress: number;
  error: string | null;
  created_at: string;
  updated_at: string;
}

interface Run {
  name: string;
  /** started_on of this run (to the millisecond), which tells this run from a later one of the same job. */
  startedOn: Date;
  controller: AbortController;
  done: Promise<void>;
}

interface Connection {
  pool: pg.Pool;
  boss: PgBoss;
  queues: Map<string, Promise<void>>;
}

type Settle =
  | { kind: 'done' }
  | { kind: 'retry'; error: string }
  | { kind: 'final'; error: string }
  | { kind: 'shutdown' };

/** pg-boss retries in whole seconds, with an optional exponential backoff: the nearest to the definition's. */
export function pgBossRetryOptions(definition: Pick<JobDefinition, 'maxAttempts' | 'backoffMs'>): {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
} {
  const retryLimit = Math.max(0, (definition.maxAttempts ?? 3) - 1);
  // The port's default, 2^n seconds, is pg-boss's backoff from 1 second.
  if (!definition.backoffMs) return { retryLimit, retryDelay: 1, retryBackoff: true };
  const first = definition.backoffMs(1);
  const retryDelay = Math.max(0, Math.round(first / 1000));
  return { retryLimit, retryDelay, retryBackoff: retryDelay > 0 && definition.backoffMs(2) > first };
}

export function pgBossJobQueue(options: PgBossJobQueueOptions): JobQueue {
  const schema = options.schema ?? 'pgboss';
  const metaSchema = options.metaSchema ?? 'iep_jobs';
  for (const name of [schema, metaSchema])
    if (!NAME.test(name)) throw new Error(`"${name}" cannot be used as a schema name.`);
  const meta = `${metaSchema}.job_meta`;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const concurrency = options.concurrency ?? 1;
  const pollMs = options.pollMs ?? 1000;
  const expireInSeconds = options.expireInSeconds ?? 6 * 60 * 60;
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const staleAfterMs = options.staleAfterMs ?? 5 * 60_000;
  const iso = () => now().toISOString();

  const definitions = new Map<string, JobDefinition>();
  const running = new Map<string, Run>();
  let connection: Promise<Connection> | null = null;
  let stopped = true;
  let timer: NodeJS.Timeout | null = null;
  let heartbeatTimer: NodeJS.Timeout | null = null;
  let sweepTimer: NodeJS.Timeout | null = null;
  let polling: Promise<void> | null = null;
  // Heartbeats and sweeps under way: stop() waits for them before it closes the pool they use.
  const background = new Set<Promise<void>>();
  let turn = 0;
  let lastCleanup = 0;

  async function open(): Promise<Connection> {
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: concurrency + 4,
      application_name: 'iep-jobs',
    });
    // Same reason as open-storage.ts: a dropped idle connection must not crash the server.
    pool.on('error', (error) => log('A job queue database connection was closed', error));
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema,
      // No cron here; pg-boss's own maintenance (expiry, archive) stays on.
      schedule: false,
      expireInSeconds,
    });
    boss.on('error', (error) => log('pg-boss error', error));
    try {
      await boss.start();
      await transaction(pool, async (client) => {
        // Two processes starting at once would race on CREATE ... IF NOT EXISTS.
        await client.query(`select pg_advisory_xact_lock(hashtext($1))`, [meta]);
        await client.query(`create schema if not exists ${metaSchema}`);
        await client.query(`create table if not exists ${meta} (
          id uuid primary key,
          name text not null,
          attempts integer not null default 0,
          progress double precision not null default 0,
          error text,
          run timestamptz,
          heartbeat_at timestamptz,
          created_at text not null,
          updated_at text not null
        )`);
      });
    } catch (error) {
      await boss.stop({ graceful: false, close: false }).catch(() => undefined);
      await pool.end().catch(() => undefined);
      throw error;
    }
    return { pool, boss, queues: new Map() };
  }

  /** Connects on first use, so get() and enqueue() work before start() (the CLI, a second process). */
  function connect(): Promise<Connection> {
    connection ??= open().catch((error: unknown) => {
      connection = null;
      throw error;
    });
    return connection;
  }

  /**
   * pg-boss v10 needs a queue per name before jobs can be sent to it. createQueue does nothing if it exists, but two
   * at once (here or in another process) can deadlock on the partition tables: one at a time, and try again.
   */
  function ensureQueue(c: Connection, name: string): Promise<void> {
    let created = c.queues.get(name);
    if (!created) {
      const previous = [...c.queues.values()].pop() ?? Promise.resolve();
      created = previous
        .catch(() => undefined)
        .then(async () => {
          for (let attempt = 1; ; attempt++) {
            try {
              if (!(await c.boss.getQueue(name))) await c.boss.createQueue(name);
              return;
            } catch (error) {
              if (attempt >= 5) throw error;
              await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
            }
          }
        });
      created.catch(() => c.queues.delete(name));
      c.queues.set(name, created);
    }
    return created;
  }

  async function readMeta(pool: pg.Pool, id: string): Promise<MetaRow | null> {
    if (!UUID.test(id)) return null;
    const { rows } = await pool.query<MetaRow>(`select * from ${meta} where id = $1`, [id]);
    return rows[0] ?? null;
  }

  function toRecord(job: PgBoss.JobWithMetadata<Data>, row: MetaRow): JobRecord {
    return {
      id: row.id,
      name: row.name,
      payload: job.data.payload,
      status: STATUS[job.state] ?? 'queued',
      attempts: row.attempts,
      progress: Number(row.progress),
      error: row.error,
      runAfter: new Date(job.startAfter).toISOString(),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** Our row and pg-boss's (archived ones too), or null when either is missing. */
  async function read(
    c: Connection,
    id: string,
  ): Promise<{ row: MetaRow; job: PgBoss.JobWithMetadata<Data> } | null> {
    const row = await readMeta(c.pool, id);
    if (!row) return null;
    const job = await c.boss.getJobById<Data>(row.name, id, { includeArchive: true });
    return job ? { row, job } : null;
  }

  /** Ends a run: only while the job is still active with this run's started_on (else it was cancelled or taken). */
  async function settle(c: Connection, id: string, run: Run, how: Settle): Promise<void> {
    await transaction(c.pool, async (client) => {
      const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
      const key = [run.name, id];
      const { rowCount } = await client.query(
        `select 1 from ${schema}.job where name = $1 and id = $2 and state = 'active'
           and date_trunc('milliseconds', started_on) = $3 for update`,
        [...key, run.startedOn],
      );
      if (rowCount !== 1) return;
      const at = iso();
      if (how.kind === 'done') {
        await c.boss.complete(run.name, id, {}, { db });
        await client.query(
          `update ${meta} set progress = 1, error = null, run = null, updated_at = $2 where id = $1`,
          [id, at],
        );
        return;
      }
      if (how.kind === 'final')
        // pg-boss retries while retry_count < retry_limit: no retry left makes fail() final.
        await client.query(
          `update ${schema}.job set retry_limit = retry_count where name = $1 and id = $2`,
          key,
        );
      if (how.kind === 'shutdown')
        // One more try makes up for the interrupted one, so a restart never uses up an attempt.
        await client.query(
          `update ${schema}.job set retry_limit = retry_limit + 1 where name = $1 and id = $2`,
          key,
        );
      const error = how.kind === 'shutdown' ? SERVER_STOPPED : how.error;
      await c.boss.fail(run.name, id, { message: error }, { db });
      await client.query(
        how.kind === 'shutdown'
          ? `update ${meta} set attempts = greatest(attempts - 1, 0), run = null, updated_at = $2 where id = $1`
          : `update ${meta} set error = $3, run = null, updated_at = $2 where id = $1`,
        how.kind === 'shutdown' ? [id, at] : [id, at, error],
      );
    });
  }

  function begin(c: Connection, job: PgBoss.JobWithMetadata<Data>): void {
    const definition = definitions.get(job.name);
    const previous = running.get(job.id);
    const run: Run = {
      name: job.name,
      startedOn: new Date(job.startedOn),
      controller: new AbortController(),
      done: Promise.resolve(),
    };
    const work = async () => {
      // Retried while its cancelled run here was still finishing: let that one end first.
      await previous?.done;
      const { rows } = await c.pool.query<{ attempts: number }>(
        `insert into ${meta} (id, name, attempts, run, heartbeat_at, created_at, updated_at)
           values ($1, $2, 1, $3, now(), $4, $4)
         on conflict (id) do update set attempts = ${meta}.attempts + 1, run = $3, heartbeat_at = now(),
           updated_at = $4
         returning attempts`,
        [job.id, job.name, run.startedOn, iso()],
      );
      const attempt = rows[0]?.attempts ?? 1;
      const parsed = definition?.payload.safeParse(job.data.payload);
      if (!definition || !parsed?.success) {
        log(`job ${job.name} ${job.id}: payload not valid`, parsed?.error);
        await settle(c, job.id, run, { kind: 'final', error: BAD_PAYLOAD });
        return;
      }
      const { signal } = run.controller;
      const expiry = setTimeout(
        () => run.controller.abort('expired' satisfies JobAbortReason),
        expireInSeconds * 1000,
      );
      let progressWrites: Promise<void> = Promise.resolve();
      let lastProgressWrite = 0;
      const context: JobContext = {
        jobId: job.id,
        attempt,
        signal,
        progress: (fraction) => {
          const t = Date.now();
          if (t - lastProgressWrite < 250 && fraction < 1) return;
          lastProgressWrite = t;
          const progress = Math.max(0, Math.min(1, fraction));
          // One after another, and only for this run, so a late write never lands after the end or on a new run.
          progressWrites = progressWrites
            .then(async () => {
              await c.pool.query(
                `update ${meta} set progress = $2, updated_at = $3 where id = $1 and run = $4`,
                [job.id, progress, iso(), run.startedOn],
              );
            })
            .catch((error: unknown) => log('progress not saved', error));
        },
      };
      let outcome: JobOutcome;
      try {
        outcome = await definition.handler(parsed.data, context);
      } catch (error) {
        await progressWrites;
        if (signal.aborted && signal.reason === ('cancelled' satisfies JobAbortReason)) return;
        if (signal.aborted && signal.reason === ('shutdown' satisfies JobAbortReason)) {
          await settle(c, job.id, run, { kind: 'shutdown' });
          return;
        }
        // throwIfAborted() throws the bare reason: give the expiry a sentence of its own.
        const message =
          signal.aborted && signal.reason === ('expired' satisfies JobAbortReason)
            ? `The job ran longer than ${Math.round(expireInSeconds / 60)} minutes and was stopped.`
            : error instanceof Error
              ? error.message
              : String(error);
        log(`job ${job.name} ${job.id} attempt ${attempt} failed`, error);
        await settle(c, job.id, run, { kind: 'retry', error: message });
        return;
      } finally {
        clearTimeout(expiry);
      }
      await progressWrites;
      await settle(
        c,
        job.id,
        run,
        outcome.status === 'failed' ? { kind: 'final', error: outcome.error } : { kind: 'done' },
      );
    };
    run.done = work().catch((error: unknown) => log(`job ${job.id}: status not saved`, error));
    running.set(job.id, run);
    void run.done.finally(() => {
      if (running.get(job.id) === run) running.delete(job.id);
      schedule(0);
    });
  }

  async function poll(): Promise<void> {
    const c = await connect();
    const names = [...definitions.keys()];
    // Round the names, one job at a time, until the slots are full or no name has work.
    let idle = 0;
    while (!stopped && running.size < concurrency && idle < names.length) {
      const name = names[turn++ % names.length];
      if (name === undefined) break;
      await ensureQueue(c, name);
      const [job] = await c.boss.fetch<Data>(name, { includeMetadata: true, batchSize: 1 });
      if (!job) {
        idle += 1;
        continue;
      }
      idle = 0;
      begin(c, job);
    }
  }

  function schedule(delay: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      polling ??= poll()
        .catch((error: unknown) => log('job poll failed', error))
        .finally(() => {
          polling = null;
          schedule(pollMs);
        });
    }, delay);
  }

  /** Says our runs are alive; aborts those cancelled (or taken over) by another process. */
  async function heartbeat(): Promise<void> {
    if (running.size === 0 || stopped) return;
    const c = await connect();
    const ids = [...running.keys()];
    await c.pool.query(
      `update ${meta} set heartbeat_at = now() where id = any($1::uuid[]) and run is not null`,
      [ids],
    );
    const { rows } = await c.pool.query<{ id: string; state: string; started: Date | null }>(
      `select id::text as id, state::text as state, date_trunc('milliseconds', started_on) as started
         from ${schema}.job where name = any($1::text[]) and id = any($2::uuid[])`,
      [[...new Set([...running.values()].map((r) => r.name))], ids],
    );
    const found = new Map(rows.map((r) => [r.id, r]));
    for (const [id, run] of running) {
      const row = found.get(id);
      if (row?.state === 'active' && row.started?.getTime() === run.startedOn.getTime()) continue;
      if (row?.state === 'cancelled') run.controller.abort('cancelled' satisfies JobAbortReason);
      // Completed or failed by us (settling now): nothing to stop. Anything else: not ours any more.
      else if (row?.state !== 'completed' && row?.state !== 'failed')
        run.controller.abort('expired' satisfies JobAbortReason);
    }
  }

  /** Retries active jobs whose process stopped sending heartbeats (it crashed or was killed). */
  async function sweep(): Promise<void> {
    if (stopped) return;
    const c = await connect();
    const { rows } = await c.pool.query<{ id: string; name: string }>(
      `select j.id::text as id, j.name from ${schema}.job j join ${meta} m on m.id = j.id
        where j.state = 'active' and j.name = m.name
          and greatest(m.heartbeat_at, j.started_on) < now() - $1::double precision * interval '1 millisecond'`,
      [staleAfterMs],
    );
    for (const { id, name } of rows) {
      if (running.has(id)) continue;
      log(`job ${name} ${id}: its process stopped answering; running it again`);
      await c.boss.fail(name, id, { message: SERVER_STOPPED });
    }
    if (Date.now() - lastCleanup < 60 * 60_000) return;
    lastCleanup = Date.now();
    // Our rows of jobs pg-boss has deleted (its archive keeps them a week by default).
    await c.pool.query(
      `delete from ${meta} m where m.created_at < $1
         and not exists (select 1 from ${schema}.job j where j.name = m.name and j.id = m.id)
         and not exists (select 1 from ${schema}.archive a where a.name = m.name and a.id = m.id)`,
      [new Date(now().getTime() - 24 * 60 * 60_000).toISOString()],
    );
  }

  function every(ms: number, task: () => Promise<void>, what: string): NodeJS.Timeout {
    let busy: Promise<void> | null = null;
    const t = setInterval(() => {
      if (busy) return;
      const current = task()
        .catch((error: unknown) => log(what, error))
        .finally(() => {
          busy = null;
          background.delete(current);
        });
      busy = current;
      background.add(current);
    }, ms);
    t.unref();
    return t;
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
      await c.pool.query(`insert into ${meta} (id, name, created_at, updated_at) values ($1, $2, $3, $3)`, [
        id,
        name,
        at,
      ]);
      try {
        const data: Data = { payload: checked };
        await c.boss.send(name, data, {
          id,
          ...pgBossRetryOptions(definition),
          expireInSeconds,
          ...(enqueueOptions.runAfter ? { startAfter: enqueueOptions.runAfter } : {}),
        });
      } catch (error) {
        await c.pool.query(`delete from ${meta} where id = $1`, [id]).catch(() => undefined);
        throw error;
      }
      schedule(0);
      return id;
    },
    async get(id) {
      const found = await read(await connect(), id);
      return found ? toRecord(found.job, found.row) : null;
    },
    async start() {
      if (!stopped) return;
      const c = await connect();
      for (const name of definitions.keys()) await ensureQueue(c, name);
      stopped = false;
      await sweep().catch((error: unknown) => log('job sweep failed', error));
      heartbeatTimer = every(heartbeatMs, heartbeat, 'job heartbeat failed');
      sweepTimer = every(Math.max(1000, staleAfterMs / 2), sweep, 'job sweep failed');
      schedule(0);
    },
    async stop() {
      stopped = true;
      for (const t of [timer, heartbeatTimer, sweepTimer]) if (t) clearTimeout(t);
      timer = heartbeatTimer = sweepTimer = null;
      for (const run of running.values()) run.controller.abort('shutdown' satisfies JobAbortReason);
      await polling;
      await Promise.all(background);
      await Promise.all([...running.values()].map((run) => run.done));
      const c = await connection?.catch(() => null);
      connection = null;
      if (!c) return;
      await c.boss.stop({ graceful: false, close: false });
      await c.pool.end();
    },
    async cancel(id) {
      const c = await connect();
      const found = await read(c, id);
      if (!found) return null;
      if (isSettled(STATUS[found.job.state] ?? 'queued')) return toRecord(found.job, found.row);
      // pg-boss cancels anything not yet completed; a run elsewhere sees it at its next heartbeat.
      await c.boss.cancel(found.row.name, id);
      await c.pool.query(`update ${meta} set updated_at = $2 where id = $1`, [id, iso()]);
      running.get(id)?.controller.abort('cancelled' satisfies JobAbortReason);
      return queue.get(id).then((record) => record ?? toRecord(found.job, found.row));
    },
    async retry(id) {
      const c = await connect();
      const found = await read(c, id);
      if (!found) throw new UnknownJobError(`No job ${id}.`);
      const status = STATUS[found.job.state] ?? 'queued';
      if (status !== 'failed' && status !== 'cancelled') throw new JobStateError(cannotRetryMessage(status));
      const { name } = found.row;
      const attempts = definitions.get(name)?.maxAttempts ?? 3;
      let changed = false;
      await transaction(c.pool, async (client) => {
        const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
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
        await client.query(
          `update ${meta} set attempts = 0, progress = 0, error = null, updated_at = $2 where id = $1`,
          [id, iso()],
        );
        changed = true;
      });
      if (!changed) {
        // Its state changed in between: decide again on the new one. Unchanged: pg-boss has archived it.
        const current = await read(c, id);
        if (current?.job.state !== found.job.state) return queue.retry(id);
        throw new JobStateError('This job is too old to run again. Start a new one instead.');
      }
      schedule(0);
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

async function transaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await work(client);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
