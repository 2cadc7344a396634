import { describe, expect, it } from 'vitest';
import { pgBossRetryOptions } from './pg-boss-job-queue.js';

describe('pgBossRetryOptions', () => {
  it('maps the port default (3 attempts, 2^n seconds) to pg-boss backoff from one second', () => {
    expect(pgBossRetryOptions({})).toEqual({ retryLimit: 2, retryDelay: 1, retryBackoff: true });
  });

  it('rounds a custom wait to whole seconds and keeps it flat unless it grows', () => {
    expect(pgBossRetryOptions({ maxAttempts: 5, backoffMs: () => 30_000 })).toEqual({
      retryLimit: 4,
      retryDelay: 30,
      retryBackoff: false,
    });
    expect(pgBossRetryOptions({ backoffMs: (n) => n * 10_000 })).toMatchObject({
      retryDelay: 10,
      retryBackoff: true,
    });
    // Under half a second: at once (pg-boss has no finer step).
    expect(pgBossRetryOptions({ maxAttempts: 1, backoffMs: () => 30 })).toEqual({
      retryLimit: 0,
      retryDelay: 0,
      retryBackoff: false,
    });
  });
});
