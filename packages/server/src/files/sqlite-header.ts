import fs from 'node:fs';

// Whether a file is a plain SQLite database, read from its first 16 bytes. The key file and the database both ask
// (a new key is never made over an encrypted database), so it lives below both.

export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** What is on disk: no file (or an empty one), a plain SQLite database, or anything else (encrypted). */
export function sqliteFileState(file: string): 'missing' | 'plain' | 'encrypted' {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    if (read === 0) return 'missing';
    return read === head.length && head.equals(SQLITE_HEADER) ? 'plain' : 'encrypted';
  } finally {
    fs.closeSync(fd);
  }
}
