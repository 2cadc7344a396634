import type PgBoss from 'pg-boss';
import type { JobDefinition, JobRecord, JobStatus } from './job-queue.js';
import type { MetaRow } from './pg-boss-meta.js';

// How a pg-boss job reads as the port's: its state as a JobStatus, it and our job_meta row as a JobRecord, and the
// port's retry settings as pg-boss's retry options.

const STATUS: Record<string, JobStatus> = {
  created: 'queued',
  retry: 'queued',
  active: 'running',
  completed: 'done',
  cancelled: 'cancelled',
  failed: 'failed',
};

/** What we keep in pg-boss's `data`: wrapped, so a payload that is an array or a string is stored as JSON too. */
export interface Data {
  payload: unknown;
}

/** The port's status for a pg-boss state. */
export function jobStatus(state: string): JobStatus {
  return STATUS[state] ?? 'queued';
}

export function toRecord(job: PgBoss.JobWithMetadata<Data>, row: MetaRow): JobRecord {
  return {
    id: row.id,
    name: row.name,
    payload: job.data.payload,
    status: jobStatus(job.state),
    attempts: row.attempts,
    progress: Number(row.progress),
    error: row.error,
    runAfter: new Date(job.startAfter).toISOString(),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

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
