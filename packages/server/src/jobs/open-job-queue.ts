import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Storage } from '../db/open-storage.js';
import type { Database, JobsTable } from '../db/schema.js';
import type { JobQueue } from './job-queue.js';
import { localJobQueue, type LocalJobQueueOptions } from './local-job-queue.js';
import { pgBossJobQueue, type PgBossJobQueueOptions } from './pg-boss-job-queue.js';

export interface OpenJobQueueOptions extends LocalJobQueueOptions {
  /** The same config the storage was opened with: pg-boss connects with its PostgreSQL URL. */
  config: Pick<Config, 'database'>;
  /** 'auto' (default): pg-boss on PostgreSQL, the `jobs` table on SQLite. 'local' keeps the `jobs` table always. */
  kind?: 'auto' | 'local' | 'pg-boss';
  /** pg-boss settings beyond the shared ones (schema, expiry, heartbeat). */
  pgBoss?: Omit<PgBossJobQueueOptions, 'connectionString' | 'now' | 'log' | 'concurrency'>;
}

/**
 * The app's one job queue. On PostgreSQL it is pg-boss, so several server processes can share the work; on SQLite
 * (one process) it is the `jobs` table. Register every job before start().
 */
export function openJobQueue(storage: Storage, options: OpenJobQueueOptions): JobQueue {
  const { config, kind = 'auto', pgBoss = {}, ...shared } = options;
  const common = { ...shared, now: shared.now ?? storage.now };
  const usePgBoss = kind === 'pg-boss' || (kind === 'auto' && storage.dialect === 'postgres');
  if (!usePgBoss) return localJobQueue(storage.db, common);
  if (config.database.kind !== 'postgres')
    throw new Error(
      'The pg-boss job queue needs a PostgreSQL database. Set DATABASE_URL to a PostgreSQL URL.',
    );
  const queue = pgBossJobQueue({ connectionString: config.database.url, ...common, ...pgBoss });
  const log = common.log ?? (() => undefined);
  return {
    ...queue,
    async start() {
      await queue.start();
      // Jobs an earlier version left in the `jobs` table would never run otherwise.
      await handOverLocalJobs(storage.db, queue, log).catch((error: unknown) =>
        log('jobs from the jobs table not moved to pg-boss', error),
      );
    },
  };
}

/**
 * Moves jobs still queued or running in the `jobs` table (the in-process queue of an earlier version) to pg-boss.
 * Each gets a new id in pg-boss; its old row ends as cancelled with a note that names the new job.
 */
export async function handOverLocalJobs(
  db: Kysely<Database>,
  target: JobQueue,
  log: (message: string, detail?: unknown) => void = () => undefined,
): Promise<number> {
  const rows = await db
    .selectFrom('jobs')
    .selectAll()
    .where('status', 'in', ['queued', 'running'])
    .orderBy('created_at')
    .execute();
  let moved = 0;
  const mark = (id: string, status: 'cancelled' | 'failed', error: string, from?: JobsTable['status']) => {
    let update = db
      .updateTable('jobs')
      .set({ status, error, updated_at: new Date().toISOString() })
      .where('id', '=', id);
    if (from !== undefined) update = update.where('status', '=', from);
    return update.executeTakeFirst();
  };
  for (const row of rows) {
    // Claim it first: when two processes start at once, only one moves each job.
    const claimed = await mark(row.id, 'cancelled', 'Being moved to the shared job queue.', row.status);
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    try {
      const runAfter = new Date(row.run_after);
      const id = await target.enqueue(row.name, JSON.parse(row.payload), {
        ...(runAfter.getTime() > Date.now() ? { runAfter } : {}),
      });
      await mark(row.id, 'cancelled', `Moved to the shared job queue as job ${id}.`);
      moved += 1;
    } catch (cause) {
      // No handler for it any more, or data that no longer fits: it could not run here either.
      log(`job ${row.name} ${row.id} not moved to pg-boss`, cause);
      await mark(
        row.id,
        'failed',
        'The job could not be moved to the shared job queue: its data is not valid any more.',
      );
    }
  }
  return moved;
}
