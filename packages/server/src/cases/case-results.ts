import type { CaseProblem } from '@iep/core';

/** The outcome of a case operation, mapped to HTTP status codes by the routes and to messages by the CLI. */
export type CaseResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'not-found'; message?: string }
  | { kind: 'invalid'; problems: CaseProblem[] }
  | { kind: 'conflict'; message: string };

export const ok = <T>(value: T): CaseResult<T> => ({ kind: 'ok', value });
export const notFound = { kind: 'not-found' } as const;
/** Something inside a case (a meeting, a closure) is missing; the case itself is there. */
export const partNotFound = (message: string) => ({ kind: 'not-found', message }) as const;
export const invalid = (problems: CaseProblem[]) => ({ kind: 'invalid', problems }) as const;
export const conflict = (message: string) => ({ kind: 'conflict', message }) as const;
