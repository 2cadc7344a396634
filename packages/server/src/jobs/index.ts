export * from './job-queue.js';
export { localJobQueue, type LocalJobQueueOptions } from './local-job-queue.js';
export { pgBossJobQueue, pgBossRetryOptions, type PgBossJobQueueOptions } from './pg-boss-job-queue.js';
export { openJobQueue, handOverLocalJobs, type OpenJobQueueOptions } from './open-job-queue.js';
