import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { ERRORS, Upload } from '@tus/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobIntegrityError } from '../blobs/blob-format.js';
import { sealedFiles } from '../blobs/sealed-file.js';
import { sweepUploads, touchUpload } from './abandoned-uploads.js';
import { EncryptedUploadStore } from './encrypted-upload-store.js';

// The tus upload store: every byte of an upload in progress is sealed on disk, the offset survives pieces and
// dropped connections, the whole reads back exactly, and swapped or foreign pieces are refused.

let dir: string;
let store: EncryptedUploadStore;
const key = randomBytes(32);
const META = { caseId: 'case-1', meetingId: 'm1', filename: 'Zephyrine at the IEP.m4a' };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-uploads-'));
  store = new EncryptedUploadStore(path.join(dir, 'uploads'), sealedFiles(key));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Recognizable "audio": a RIFF/WAVE header, a name, then a counting pattern (never found in ciphertext). */
function audio(bytes: number): Buffer {
  const b = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) b[i] = i % 251;
  Buffer.from('RIFF\0\0\0\0WAVEfmt Zephyrine').copy(b, 0);
  return b;
}

async function create(id: string, size: number | undefined): Promise<void> {
  await store.create(
    new Upload({ id, size, offset: 0, metadata: META, creation_date: '2026-12-04T10:00:00.000Z' }),
  );
}

/** A request body that delivers `bytes` and then fails, as a dropped connection does. */
function droppedAfter(bytes: Buffer): Readable {
  return new Readable({
    read() {
      this.push(bytes);
      this.destroy(new Error('connection reset'));
    },
  });
}

function everyFileHolds(needle: Buffer): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => fs.readFileSync(file).includes(needle));
}

describe('EncryptedUploadStore', () => {
  it('keeps pieces sealed, resumes from the offset, and reads the whole back', async () => {
    const whole = audio(200_000);
    await create('u1', whole.length);
    // Pieces that end inside a 64 KiB segment and across several of them.
    expect(await store.write(Readable.from([whole.subarray(0, 70_000)]), 'u1', 0)).toBe(70_000);
    expect((await store.getUpload('u1')).offset).toBe(70_000);
    expect(await store.write(Readable.from([whole.subarray(70_000, 70_100)]), 'u1', 70_000)).toBe(70_100);
    // The connection drops half-way: what arrived is kept, the error still reaches tus.
    await expect(store.write(droppedAfter(whole.subarray(70_100, 150_000)), 'u1', 70_100)).rejects.toThrow(
      'connection reset',
    );
    const resumed = await store.getUpload('u1');
    expect(resumed.offset).toBe(150_000);
    expect(resumed.size).toBe(whole.length);
    expect(resumed.metadata).toEqual(META);
    expect(resumed.creation_date).toBe('2026-12-04T10:00:00.000Z');

    // Nothing of it is on disk in plain: not the audio, its header, nor the file name in the metadata.
    for (const needle of [whole.subarray(1000, 1032), Buffer.from('RIFF'), Buffer.from('Zephyrine')])
      expect(everyFileHolds(needle)).toEqual([]);
    const folder = path.join(dir, 'uploads', 'u1');
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    for (const name of fs.readdirSync(folder))
      expect(fs.statSync(path.join(folder, name)).mode & 0o777, name).toBe(0o600);

    // A wrong offset changes nothing.
    await expect(store.write(Readable.from([Buffer.alloc(10)]), 'u1', 10)).rejects.toBe(
      ERRORS.INVALID_OFFSET,
    );
    expect(await store.write(Readable.from([whole.subarray(150_000)]), 'u1', 150_000)).toBe(whole.length);
    expect((await buffer(store.read('u1'))).equals(whole)).toBe(true);
  });

  it('takes a length declared later, and an empty piece leaves no file', async () => {
    await create('u2', undefined);
    expect((await store.getUpload('u2')).size).toBeUndefined();
    expect(await store.write(Readable.from([]), 'u2', 0)).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'uploads', 'u2'))).toEqual(['info']);
    await store.declareUploadLength('u2', 500);
    expect((await store.getUpload('u2')).size).toBe(500);
  });

  it('refuses swapped pieces, and treats a foreign key or a bad id as not found', async () => {
    await create('u3', 20);
    await store.write(Readable.from([Buffer.from('first piece!')]), 'u3', 0);
    await store.write(Readable.from([Buffer.from('second!!')]), 'u3', 12);
    const folder = path.join(dir, 'uploads', 'u3');
    const [one, two] = ['part-1', 'part-2'].map((name) => fs.readFileSync(path.join(folder, name)));
    fs.writeFileSync(path.join(folder, 'part-1'), two ?? Buffer.alloc(0));
    fs.writeFileSync(path.join(folder, 'part-2'), one ?? Buffer.alloc(0));
    await expect(buffer(store.read('u3'))).rejects.toBeInstanceOf(BlobIntegrityError);

    const other = new EncryptedUploadStore(path.join(dir, 'uploads'), sealedFiles(randomBytes(32)));
    await expect(other.getUpload('u3')).rejects.toBe(ERRORS.FILE_NOT_FOUND);
    for (const id of ['../u3', 'u3/info', '', 'a'.repeat(101)])
      await expect(store.getUpload(id), id).rejects.toBe(ERRORS.FILE_NOT_FOUND);
    await store.remove('u3');
    expect(fs.existsSync(folder)).toBe(false);
    await expect(store.remove('u3')).rejects.toBe(ERRORS.FILE_NOT_FOUND);
  });
});

describe('sweepUploads', () => {
  it('removes uploads not touched in time and plain files of older releases, and keeps the rest', async () => {
    const uploads = path.join(dir, 'uploads');
    await create('old', 10);
    await create('fresh', 10);
    const start = new Date('2026-12-01T00:00:00Z');
    touchUpload(uploads, 'old', start);
    touchUpload(uploads, 'fresh', new Date(start.getTime() + 20 * 3600_000));
    // What tus's plain file store left (an unfinished upload, and a finished one's data file).
    fs.writeFileSync(path.join(uploads, 'legacy'), 'RIFF plain audio');
    fs.writeFileSync(path.join(uploads, 'legacy.json'), '{"metadata":{"filename":"Zephyrine.wav"}}');
    fs.writeFileSync(path.join(uploads, 'done-before'), 'RIFF plain audio');

    const swept = sweepUploads(uploads, new Date(start.getTime() + 25 * 3600_000), 24 * 3600_000);
    expect(swept.abandoned).toEqual(['old']);
    expect(swept.plaintext.sort()).toEqual(['done-before', 'legacy', 'legacy.json']);
    expect(fs.readdirSync(uploads)).toEqual(['fresh']);
    expect((await store.getUpload('fresh')).size).toBe(10);
  });
});
