import type PgBoss from 'pg-boss';
import type { JobAbortReason, JobDefinition } from './job-queue.js';
import { ensureQueue, type Connection } from './pg-boss-connection.js';
import type { JobMeta } from './pg-boss-meta.js';
import { pollLoop } from './poll-loop.js';
import { SERVER_STOPPED, startRun, type Run } from './pg-boss-run.js';
import type { Data } from './pg-boss-states.js';

// The working side of the adapter, between start() and stop(): it fetches due jobs and runs them, keeps the
// heartbeat of its runs, and sweeps up the jobs of processes that are gone.

export interface WorkerSettings {
  /** pg-boss's schema. */
  schema: string;
  meta: JobMeta;
  definitions: Map<string, JobDefinition>;
  connect: () => Promise<Connection>;
  now: () => Date;
  iso: () => string;
  log: (message: string, detail?: unknown) => void;
  concurrency: number;
  pollMs: number;
  expireInSeconds: number;
  heartbeatMs: number;
  staleAfterMs: number;
}

export interface Worker {
  start(): Promise<void>;
  /** Stops fetching and aborts the runs ('shutdown'); resolves once they and any heartbeat or sweep have ended. */
  stop(): Promise<void>;
  /** Looks for due jobs after `delay` ms (unless stopped). */
  schedule(delay: number): void;
  /** Aborts this process's run of the job, if it has one. */
  abort(id: string, reason: JobAbortReason): void;
}

export function pgBossWorker(settings: WorkerSettings): Worker {
  const { schema, meta, definitions, connect, now, log, concurrency, pollMs, heartbeatMs, staleAfterMs } =
    settings;
  const running = new Map<string, Run>();
  let heartbeatTimer: NodeJS.Timeout | null = null;
  let sweepTimer: NodeJS.Timeout | null = null;
  // Heartbeats and sweeps under way: stop() waits for them before it closes the pool they use.
  const background = new Set<Promise<void>>();
  let turn = 0;
  let lastCleanup = 0;

  function begin(c: Connection, job: PgBoss.JobWithMetadata<Data>): void {
    const run = startRun(c, job, definitions.get(job.name), running.get(job.id), settings);
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
    while (!loop.stopped && running.size < concurrency && idle < names.length) {
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

  const loop = pollLoop({ poll, pollMs, log });
  const schedule = loop.schedule;

  /** Says our runs are alive; aborts those cancelled (or taken over) by another process. */
  async function heartbeat(): Promise<void> {
    if (running.size === 0 || loop.stopped) return;
    const c = await connect();
    const ids = [...running.keys()];
    await meta.heartbeat(c.pool, ids);
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
    if (loop.stopped) return;
    const c = await connect();
    const rows = await meta.stale(c.pool, staleAfterMs);
    for (const { id, name } of rows) {
      if (running.has(id)) continue;
      log(`job ${name} ${id}: its process stopped answering; running it again`);
      await c.boss.fail(name, id, { message: SERVER_STOPPED });
    }
    if (Date.now() - lastCleanup < 60 * 60_000) return;
    lastCleanup = Date.now();
    // Our rows of jobs pg-boss has deleted (its archive keeps them a week by default).
    await meta.deleteOrphans(c.pool, new Date(now().getTime() - 24 * 60 * 60_000).toISOString());
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

  return {
    async start() {
      if (!loop.stopped) return;
      const c = await connect();
      for (const name of definitions.keys()) await ensureQueue(c, name);
      loop.resume();
      await sweep().catch((error: unknown) => log('job sweep failed', error));
      heartbeatTimer = every(heartbeatMs, heartbeat, 'job heartbeat failed');
      sweepTimer = every(Math.max(1000, staleAfterMs / 2), sweep, 'job sweep failed');
      schedule(0);
    },
    async stop() {
      loop.halt();
      for (const t of [heartbeatTimer, sweepTimer]) if (t) clearTimeout(t);
      heartbeatTimer = sweepTimer = null;
      for (const run of running.values()) run.controller.abort('shutdown' satisfies JobAbortReason);
      await loop.settle();
      await Promise.all(background);
      await Promise.all([...running.values()].map((run) => run.done));
    },
    schedule,
    abort(id, reason) {
      running.get(id)?.controller.abort(reason);
    },
  };
}
