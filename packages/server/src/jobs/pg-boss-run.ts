import type PgBoss from 'pg-boss';
import type { JobAbortReason, JobContext, JobDefinition, JobOutcome } from './job-queue.js';
import { inTransaction, transaction, type Connection } from './pg-boss-connection.js';
import type { JobMeta } from './pg-boss-meta.js';
import type { Data } from './pg-boss-states.js';

// One run of a job this process fetched: the handler with its context (progress, the abort signal, the expiry),
// then the end of the run, settled in pg-boss and job_meta.

const BAD_PAYLOAD = 'The job data is not valid.';
export const SERVER_STOPPED = 'The server stopped while this job ran.';

export interface Run {
  name: string;
  /** started_on of this run (to the millisecond), which tells this run from a later one of the same job. */
  startedOn: Date;
  controller: AbortController;
  done: Promise<void>;
}

type Settle =
  | { kind: 'done' }
  | { kind: 'retry'; error: string }
  | { kind: 'final'; error: string }
  | { kind: 'shutdown' };

export interface RunSettings {
  /** pg-boss's schema. */
  schema: string;
  meta: JobMeta;
  iso: () => string;
  log: (message: string, detail?: unknown) => void;
  expireInSeconds: number;
}

/**
 * Starts a run of `job`; `run.done` settles when it has ended and been saved. `definition` is the job's (none: it
 * fails as final); `previous` is this process's earlier run of the same job, if there is one.
 */
export function startRun(
  c: Connection,
  job: PgBoss.JobWithMetadata<Data>,
  definition: JobDefinition | undefined,
  previous: Run | undefined,
  settings: RunSettings,
): Run {
  const { meta, iso, log, expireInSeconds } = settings;
  const run: Run = {
    name: job.name,
    startedOn: new Date(job.startedOn),
    controller: new AbortController(),
    done: Promise.resolve(),
  };
  const work = async () => {
    // Retried while its cancelled run here was still finishing: let that one end first.
    await previous?.done;
    const attempt = await meta.beginRun(c.pool, job.id, job.name, run.startedOn, iso());
    const parsed = definition?.payload.safeParse(job.data.payload);
    if (!definition || !parsed?.success) {
      log(`job ${job.name} ${job.id}: payload not valid`, parsed?.error);
      await settle(c, job.id, run, { kind: 'final', error: BAD_PAYLOAD }, settings);
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
            await meta.saveProgress(c.pool, job.id, progress, iso(), run.startedOn);
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
        await settle(c, job.id, run, { kind: 'shutdown' }, settings);
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
      await settle(c, job.id, run, { kind: 'retry', error: message }, settings);
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
      settings,
    );
  };
  run.done = work().catch((error: unknown) => log(`job ${job.id}: status not saved`, error));
  return run;
}

/** Ends a run: only while the job is still active with this run's started_on (else it was cancelled or taken). */
async function settle(
  c: Connection,
  id: string,
  run: Run,
  how: Settle,
  settings: RunSettings,
): Promise<void> {
  const { schema, meta, iso } = settings;
  await transaction(c.pool, async (client) => {
    const db = inTransaction(client);
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
      await meta.runDone(client, id, at);
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
    if (how.kind === 'shutdown') await meta.runStopped(client, id, at);
    else await meta.runFailed(client, id, at, error);
  });
}
