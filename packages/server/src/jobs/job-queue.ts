import type { z } from 'zod';

// The job port. The in-process adapter (local-job-queue.ts) keeps jobs in the `jobs` table of either database so
// a restart resumes them. A PostgreSQL deployment with several server processes will want pg-boss instead: that
// adapter comes with the transcription issue and implements this same interface.

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/**
 * What a handler reports. `failed` is final (the input is bad: retrying cannot help); a thrown error is taken as
 * passing trouble and retried with backoff until the attempts run out. `skipped`: nothing to do (already done).
 */
export type JobOutcome = { status: 'done' } | { status: 'failed'; error: string } | { status: 'skipped' };

export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  /** Aborted when the queue stops (server shutdown): stop work, the job runs again after the restart. */
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
  /** Resolves when the job is done or failed (for the CLI and tests). */
  settled(id: string, timeoutMs?: number): Promise<JobRecord>;
}

export class UnknownJobError extends Error {
  override name = 'UnknownJobError';
}
