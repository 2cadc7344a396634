import { createHash, randomBytes } from 'node:crypto';

/**
 * A random id: 16 bytes (128 bits), base64url, so ids cannot be guessed or counted. It never starts with "-" or
 * "_": a command line would read a leading "-" as an option (`iep case export -x...`).
 */
export function newId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (/^[A-Za-z0-9]/.test(id)) return id;
  }
}

/** A secret token for cookies and CSRF: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
