import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// The encrypted blob format: AES-256-GCM in segments, in the style of the STREAM construction (Hoang,
// Reyhanitabar, Rogaway, Vizár; the same layout as Tink's AES-GCM-HKDF streaming AEAD):
//
//   header  = "IEPB" | version (1 byte) | salt (16 bytes) | nonce prefix (7 bytes)          = 28 bytes
//   segment = AES-256-GCM(key, nonce = prefix | counter (u32 BE) | last (1 byte), aad = header,
//                          plaintext of exactly 64 KiB, fewer only in the last segment) | tag (16 bytes)
//
// The per-file key is HKDF-SHA256(master key, salt), so nonces never repeat across files even if two files
// drew the same prefix. The counter stops reordering and swapping; the last-segment flag stops truncation at
// a segment boundary and appending; the header as AAD binds every segment to its file. Every segment can be
// opened on its own, so a range read decrypts only the segments it needs. The last segment is empty only in
// an empty blob, which makes the plaintext size a function of the file size.

export const MAGIC = Buffer.from('IEPB', 'ascii');
export const VERSION = 1;
export const SEGMENT_PLAIN = 64 * 1024;
export const TAG_BYTES = 16;
export const SEGMENT_SEALED = SEGMENT_PLAIN + TAG_BYTES;
const SALT_BYTES = 16;
const PREFIX_BYTES = 7;
export const HEADER_BYTES = MAGIC.length + 1 + SALT_BYTES + PREFIX_BYTES;
const INFO = Buffer.from('iep-blob-v1 aes-256-gcm segments', 'ascii');

/** The blob was changed, cut short, reordered or made with another key: its content cannot be trusted. */
export class BlobIntegrityError extends Error {
  override name = 'BlobIntegrityError';
}

export const DAMAGED =
  'This stored audio file is damaged or was changed (it failed its integrity check), so it will not be played.';

export interface BlobHeader {
  bytes: Buffer;
  key: Buffer;
  prefix: Buffer;
}

export function newHeader(masterKey: Buffer): BlobHeader {
  const salt = randomBytes(SALT_BYTES);
  const prefix = randomBytes(PREFIX_BYTES);
  const bytes = Buffer.concat([MAGIC, Buffer.from([VERSION]), salt, prefix]);
  return { bytes, key: deriveKey(masterKey, salt), prefix };
}

export function parseHeader(masterKey: Buffer, bytes: Buffer): BlobHeader {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
    throw new BlobIntegrityError(`${DAMAGED} (The file does not start like a stored blob.)`);
  if (bytes[MAGIC.length] !== VERSION)
    throw new BlobIntegrityError(`${DAMAGED} (Unknown format version ${String(bytes[MAGIC.length])}.)`);
  const header = Buffer.from(bytes.subarray(0, HEADER_BYTES));
  const salt = header.subarray(MAGIC.length + 1, MAGIC.length + 1 + SALT_BYTES);
  const prefix = header.subarray(MAGIC.length + 1 + SALT_BYTES);
  return { bytes: header, key: deriveKey(masterKey, salt), prefix };
}

function deriveKey(masterKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, salt, INFO, 32));
}

function nonce(header: BlobHeader, counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  header.prefix.copy(n, 0);
  n.writeUInt32BE(counter, PREFIX_BYTES);
  n[11] = last ? 1 : 0;
  return n;
}

export function sealSegment(header: BlobHeader, counter: number, last: boolean, plain: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', header.key, nonce(header, counter, last));
  cipher.setAAD(header.bytes);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([body, cipher.getAuthTag()]);
}

export function openSegment(header: BlobHeader, counter: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_BYTES) throw new BlobIntegrityError(`${DAMAGED} (A segment is cut short.)`);
  const decipher = createDecipheriv('aes-256-gcm', header.key, nonce(header, counter, last));
  decipher.setAAD(header.bytes);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new BlobIntegrityError(`${DAMAGED} (Segment ${counter + 1} did not pass its check.)`);
  }
}

export interface Layout {
  segments: number;
  plainBytes: number;
}

/** Segments and plaintext size from the file size; a size no valid blob can have is an integrity error. */
export function layoutFromFileSize(fileBytes: number): Layout {
  const body = fileBytes - HEADER_BYTES;
  if (body < TAG_BYTES) throw new BlobIntegrityError(`${DAMAGED} (The file is cut short.)`);
  const full = Math.floor(body / SEGMENT_SEALED);
  const rest = body % SEGMENT_SEALED;
  if (rest === 0) return { segments: full, plainBytes: full * SEGMENT_PLAIN };
  // A trailing piece holding only a tag (an empty segment) is valid only as the whole of an empty blob.
  if (rest < TAG_BYTES || (rest === TAG_BYTES && full > 0))
    throw new BlobIntegrityError(`${DAMAGED} (The file is cut short.)`);
  return { segments: full + 1, plainBytes: full * SEGMENT_PLAIN + rest - TAG_BYTES };
}
