import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema.js';
import { newId } from '../ids.js';
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
import { pollLoop } from './poll-loop.js';

export interface LocalJobQueueOptions {
  now?: () => Date;
  /** How often to look for due jobs. */
  pollMs?: number;
  /** Jobs run at the same time (ffmpeg work is CPU-bound: keep it low on two cores). */
  concurrency?: number;
  /** Where failures go (the server passes its logger). */
  log?: (message: string, detail?: unknown) => void;
}

const defaultBackoff = (attempt: number) => Math.min(5 * 60_000, 2 ** attempt * 1000);

/** Jobs in the `jobs` table, run in this process. */
export function localJobQueue(db: Kysely<Database>, options: LocalJobQueueOptions = {}): JobQueue {
  const now = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? 500;
  const concurrency = options.concurrency ?? 1;
  const log = options.log ?? (() => undefined);
  const definitions = new Map<string, JobDefinition>();
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  // Cancelled between being claimed and being registered as running: run() aborts it as soon as it starts.
  const cancelRequested = new Set<string>();

  const iso = () => now().toISOString();

  /**
   * Writes of a run only land while the job is still running: a cancel (or a retry after it) in the meantime wins,
   * so a handler that finishes after being cancelled cannot turn the job back into done or queued.
   */
  async function setRunning(id: string, values: Partial<Database['jobs']>): Promise<void> {
    await db
      .updateTable('jobs')
      .set({ ...values, updated_at: iso() })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .execute();
  }

  async function claimNext(): Promise<Database['jobs'] | null> {
    // Only jobs this process can run: another process on the same database may run other kinds.
    const names = [...definitions.keys()];
    if (names.length === 0) return null;
    const due = await db
      .selectFrom('jobs')
      .selectAll()
      .where('status', '=', 'queued')
      .where('name', 'in', names)
      .where('run_after', '<=', iso())
      .orderBy('run_after')
      .orderBy('created_at')
      .limit(concurrency + running.size)
      .execute();
    for (const row of due) {
      if (running.has(row.id)) continue;
      // Only one taker wins the update from queued to running.
      const result = await db
        .updateTable('jobs')
        .set({ status: 'running', attempts: row.attempts + 1, updated_at: iso() })
        .where('id', '=', row.id)
        .where('status', '=', 'queued')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) return { ...row, attempts: row.attempts + 1 };
    }
    return null;
  }

  async function run(row: Database['jobs']): Promise<void> {
    const definition = definitions.get(row.name);
    if (!definition) {
      await setRunning(row.id, { status: 'failed', error: `No handler for jobs named "${row.name}".` });
      return;
    }
    let payload: unknown;
    try {
      payload = definition.payload.parse(JSON.parse(row.payload));
    } catch (error) {
      log(`job ${row.name} ${row.id}: payload not valid`, error);
      await setRunning(row.id, { status: 'failed', error: 'The job data is not valid.' });
      return;
    }
    const controller = new AbortController();
    if (cancelRequested.delete(row.id)) controller.abort('cancelled' satisfies JobAbortReason);
    let lastProgressWrite = 0;
    const context: JobContext = {
      jobId: row.id,
      attempt: row.attempts,
      signal: controller.signal,
      progress: (fraction) => {
        const t = Date.now();
        if (t - lastProgressWrite < 250 && fraction < 1) return;
        lastProgressWrite = t;
        const progress = Math.max(0, Math.min(1, fraction));
        // Progress writes go one after another and the final status waits for them: on PostgreSQL two writes on
        // different pool connections can land in either order, and a late progress write would undo "done".
        progressWrites = progressWrites
          .then(() => setRunning(row.id, { progress }))
          .catch((error: unknown) => log('progress not saved', error));
      },
    };
    let progressWrites: Promise<void> = Promise.resolve();
    const work = (async () => {
      let outcome: JobOutcome;
      try {
        outcome = await definition.handler(payload, context);
        await progressWrites;
      } catch (error) {
        await progressWrites;
        if (controller.signal.aborted) {
          // Stopped by shutdown: back to the queue, this attempt not counted. Cancelled: already marked so.
          if (controller.signal.reason === ('shutdown' satisfies JobAbortReason))
            await setRunning(row.id, { status: 'queued', attempts: row.attempts - 1 });
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        log(`job ${row.name} ${row.id} attempt ${row.attempts} failed`, error);
        const max = definition.maxAttempts ?? 3;
        if (row.attempts < max) {
          const wait = (definition.backoffMs ?? defaultBackoff)(row.attempts);
          await setRunning(row.id, {
            status: 'queued',
            error: message,
            run_after: new Date(now().getTime() + wait).toISOString(),
          });
        } else await setRunning(row.id, { status: 'failed', error: message });
        return;
      }
      if (outcome.status === 'failed') await setRunning(row.id, { status: 'failed', error: outcome.error });
      else await setRunning(row.id, { status: 'done', progress: 1, error: null });
    })();
    const entry = {
      controller,
      done: work.catch((error: unknown) => log(`job ${row.id}: status not saved`, error)),
    };
    running.set(row.id, entry);
    void entry.done.finally(() => {
      running.delete(row.id);
      schedule(0);
    });
  }

  async function poll(): Promise<void> {
    while (!loop.stopped && running.size < concurrency) {
      const row = await claimNext();
      if (!row) break;
      await run(row);
    }
  }

  const loop = pollLoop({ poll, pollMs, log });
  const schedule = loop.schedule;

  const toRecord = (row: Database['jobs']): JobRecord => ({
    id: row.id,
    name: row.name,
    payload: JSON.parse(row.payload) as unknown,
    status: row.status as JobStatus,
    attempts: row.attempts,
    progress: Number(row.progress),
    error: row.error,
    runAfter: row.run_after,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  const queue: JobQueue = {
    register<S extends z.ZodType>(definition: JobDefinition<S>) {
      definitions.set(definition.name, definition as unknown as JobDefinition);
    },
    async enqueue(name, payload, enqueueOptions = {}) {
      const definition = definitions.get(name);
      if (!definition) throw new UnknownJobError(`No handler for jobs named "${name}".`);
      const checked: unknown = definition.payload.parse(payload);
      const id = newId();
      const at = iso();
      await db
        .insertInto('jobs')
        .values({
          id,
          name,
          payload: JSON.stringify(checked),
          status: 'queued',
          attempts: 0,
          progress: 0,
          error: null,
          run_after: (enqueueOptions.runAfter ?? now()).toISOString(),
          created_at: at,
          updated_at: at,
        })
        .execute();
      schedule(0);
      return id;
    },
    async get(id) {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async start() {
      if (!loop.stopped) return;
      // A job marked running belongs to a process that is gone (one process runs this queue): run it again.
      await db
        .updateTable('jobs')
        .set({ status: 'queued', updated_at: iso() })
        .where('status', '=', 'running')
        .execute();
      loop.resume();
      schedule(0);
    },
    async stop() {
      loop.halt();
      for (const entry of running.values()) entry.controller.abort('shutdown' satisfies JobAbortReason);
      await loop.settle();
      await Promise.all([...running.values()].map((entry) => entry.done));
    },
    async cancel(id) {
      const row = await db.selectFrom('jobs').select('status').where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      if (row.status === 'queued' || row.status === 'running') {
        const result = await db
          .updateTable('jobs')
          .set({ status: 'cancelled', updated_at: iso() })
          .where('id', '=', id)
          .where('status', '=', row.status)
          .executeTakeFirst();
        // Changed in between (it started, or finished): look again.
        if (Number(result.numUpdatedRows) !== 1) return queue.cancel(id);
        if (row.status === 'running') {
          const entry = running.get(id);
          if (entry) entry.controller.abort('cancelled' satisfies JobAbortReason);
          else cancelRequested.add(id);
        }
      }
      return queue.get(id);
    },
    async retry(id) {
      const row = await db.selectFrom('jobs').select('status').where('id', '=', id).executeTakeFirst();
      if (!row) throw new UnknownJobError(`No job ${id}.`);
      const status = row.status as JobStatus;
      if (status !== 'failed' && status !== 'cancelled') throw new JobStateError(cannotRetryMessage(status));
      // A cancelled handler that is still finishing keeps its slot: the job is claimed again once it is gone.
      cancelRequested.delete(id);
      const result = await db
        .updateTable('jobs')
        .set({ status: 'queued', attempts: 0, progress: 0, error: null, run_after: iso(), updated_at: iso() })
        .where('id', '=', id)
        .where('status', '=', status)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return queue.retry(id);
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
