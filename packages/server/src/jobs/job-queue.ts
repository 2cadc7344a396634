import type { z } from 'zod';

// The job port. The in-process adapter (local-job-queue.ts) keeps jobs in the `jobs` table of either database so
// a restart resumes them. On PostgreSQL the pg-boss adapter (pg-boss-job-queue.ts) implements the same interface, so
// several server processes can share the work; open-job-queue.ts picks one by the database.

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/**
 * Why `context.signal` was aborted (its `reason`). 'cancelled': someone cancelled the job; it ends as cancelled and
 * does not run again unless retried. 'shutdown': the server is stopping; the job runs again after the restart.
 * 'expired' (pg-boss only): it ran longer than allowed or another process took it over; it is retried.
 */
export type JobAbortReason = 'cancelled' | 'shutdown' | 'expired';

/**
 * What a handler reports. `failed` is final (the input is bad: retrying cannot help); a thrown error is taken as
 * passing trouble and retried with backoff until the attempts run out. `skipped`: nothing to do (already done).
 */
export type JobOutcome = { status: 'done' } | { status: 'failed'; error: string } | { status: 'skipped' };

export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  /**
   * Aborted when the job is cancelled or the queue stops; `signal.reason` is a JobAbortReason. Stop work and throw
   * (or return): after a shutdown the job runs again, after a cancel it stays cancelled whatever the handler returns.
   */
  signal: AbortSignal;
  /** Fraction done, 0..1; written to the table at most a few times a second. */
  progress(fraction: number): void;
}

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  /** Checked when the job is taken off the queue, not only when it is put on. */
  payload: S;
  handler(payload: z.infer<S>, context: JobContext): Promise<JobOutcome>;
  /** Default 3. */
  maxAttempts?: number;
  /** Wait before attempt n+1 (n >= 1). Default 2^n seconds, at most 5 minutes. */
  backoffMs?(attempt: number): number;
}

export interface JobRecord {
  id: string;
  name: string;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  progress: number;
  error: string | null;
  runAfter: string;
  createdAt: string;
  updatedAt: string;
}

export interface JobQueue {
  register<S extends z.ZodType>(definition: JobDefinition<S>): void;
  /** Checks the payload against the registered schema and stores the job; returns its id. */
  enqueue(name: string, payload: unknown, options?: { runAfter?: Date }): Promise<string>;
  get(id: string): Promise<JobRecord | null>;
  /** Resumes jobs left queued or running by an earlier process, then polls for work. */
  start(): Promise<void>;
  /** Stops taking jobs, aborts running ones (they stay queued for the next start), waits for them to stop. */
  stop(): Promise<void>;
  /**
   * A queued job becomes cancelled and never runs; a running one is marked cancelled at once and its signal is
   * aborted with reason 'cancelled' (the handler may still be finishing when this returns). A job already done,
   * failed or cancelled is left as it is. Null when there is no such job.
   */
  cancel(id: string): Promise<JobRecord | null>;
  /**
   * Queues a failed or cancelled job again, its attempts, progress and error reset. Throws UnknownJobError when
   * there is no such job and JobStateError when it is queued, running or done.
   */
  retry(id: string): Promise<JobRecord>;
  /** Resolves when the job is done, failed or cancelled (for the CLI and tests). */
  settled(id: string, timeoutMs?: number): Promise<JobRecord>;
}

/** Done, failed and cancelled jobs do not change any more unless retried. */
export const isSettled = (status: JobStatus): boolean =>
  status === 'done' || status === 'failed' || status === 'cancelled';

export class UnknownJobError extends Error {
  override name = 'UnknownJobError';
}

/** The job is in a state that does not allow what was asked (retrying a running job, say). */
export class JobStateError extends Error {
  override name = 'JobStateError';
}

/** The plain message for retrying a job that is not failed or cancelled. */
export function cannotRetryMessage(status: JobStatus): string {
  return status === 'done'
    ? 'This job is already done, so there is nothing to run again.'
    : `This job is ${status === 'queued' ? 'waiting to run' : 'running'} now. Wait for it to finish or cancel it first.`;
}
