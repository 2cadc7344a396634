export * from './job-queue.js';
export { localJobQueue, type LocalJobQueueOptions } from './local-job-queue.js';
