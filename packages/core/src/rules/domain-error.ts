/**
 * A mistake in what the caller asked for (a date that does not exist, an unknown rule). The message is a plain
 * sentence that can be shown to a parent as is; `code` lets callers map it (the HTTP layer answers 400).
 */
export class DomainError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
  }
}
