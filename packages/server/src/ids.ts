import { createHash, randomBytes } from 'node:crypto';

/** A random id: 16 bytes (128 bits), base64url, so ids cannot be guessed or counted. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** A secret token for cookies and CSRF: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
