import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_BYTES, SEGMENT_SEALED } from './blob-format.js';
import { BlobIntegrityError, localBlobStore, type BlobStore } from './blob-store.js';

const KIB64 = 64 * 1024;
let dir: string;
let store: BlobStore;
let key: Buffer;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-blobs-'));
  key = randomBytes(32);
  store = localBlobStore(path.join(dir, 'blobs'), key);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const flip = (b: Buffer, at: number, mask: number) => b.writeUInt8((b.readUInt8(at) ^ mask) & 0xff, at);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const readAll = (id: string, s: BlobStore = store) => buffer(s.openRead(id));

async function expectIntegrityError(id: string, s: BlobStore = store): Promise<void> {
  await expect(readAll(id, s)).rejects.toBeInstanceOf(BlobIntegrityError);
  expect((await s.verify(id)).ok).toBe(false);
}

describe('blob format round trip', () => {
  it.each([0, 1, KIB64 - 1, KIB64, KIB64 + 1, 3 * KIB64, 5 * 1024 * 1024 + 17])(
    '%i bytes come back identical, with the plaintext hash and size',
    async (n) => {
      const plain = randomBytes(n);
      const stored = await store.put(plain);
      expect(stored).toMatchObject({ bytes: n, sha256: sha(plain) });
      expect((await readAll(stored.id)).equals(plain)).toBe(true);
      expect(await store.size(stored.id)).toBe(n);
      expect(await store.verify(stored.id)).toMatchObject({ ok: true, sha256: sha(plain), bytes: n });
      // Nothing of the plaintext is visible in the file (for sizes where a match could mean anything).
      if (n >= 32)
        expect(fs.readFileSync(store.pathOf(stored.id)).includes(plain.subarray(0, 32))).toBe(false);
    },
  );

  it('streams a source in uneven pieces to the same result', async () => {
    const plain = randomBytes(3 * KIB64 + 500);
    const pieces = [plain.subarray(0, 10), plain.subarray(10, 70_000), plain.subarray(70_000)];
    const stored = await store.put(Readable.from(pieces));
    expect((await readAll(stored.id)).equals(plain)).toBe(true);
  });

  it('any range reads the same bytes as the plaintext slice', async () => {
    const plain = randomBytes(4 * KIB64 + 1234);
    const { id } = await store.put(plain);
    await fc.assert(
      fc.asyncProperty(fc.nat(plain.length - 1), fc.nat(plain.length + 10), async (start, length) => {
        const end = start + length;
        const got = await buffer(store.openRead(id, { start, end }));
        expect(got.equals(plain.subarray(start, end + 1))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('tampering is detected', () => {
  const plain = randomBytes(3 * KIB64 + 100);
  const copy = async (change: (file: Buffer) => Buffer): Promise<string> => {
    const { id } = await store.put(plain);
    const file = store.pathOf(id);
    fs.writeFileSync(file, change(fs.readFileSync(file)));
    return id;
  };
  const segment = (file: Buffer, i: number) =>
    file.subarray(HEADER_BYTES + i * SEGMENT_SEALED, HEADER_BYTES + (i + 1) * SEGMENT_SEALED);

  it('a flipped byte in a segment', async () => {
    const id = await copy((f) => {
      flip(f, HEADER_BYTES + SEGMENT_SEALED + 5, 1);
      return f;
    });
    await expectIntegrityError(id);
    // A range that does not touch the damaged segment still reads; one that does fails.
    expect((await buffer(store.openRead(id, { start: 0, end: 99 }))).equals(plain.subarray(0, 100))).toBe(
      true,
    );
    await expect(buffer(store.openRead(id, { start: KIB64, end: KIB64 + 9 }))).rejects.toBeInstanceOf(
      BlobIntegrityError,
    );
  });

  it('a flipped byte in the header', async () => {
    const id = await copy((f) => {
      flip(f, 10, 0x80);
      return f;
    });
    await expectIntegrityError(id);
  });

  it('truncation inside a segment and at a segment boundary', async () => {
    const mid = await copy((f) => f.subarray(0, f.length - 10));
    await expectIntegrityError(mid);
    const boundary = await copy((f) => f.subarray(0, HEADER_BYTES + 2 * SEGMENT_SEALED));
    await expectIntegrityError(boundary);
    // The end of a truncated file fails even when read as a range.
    await expect(
      buffer(store.openRead(boundary, { start: 2 * KIB64 - 10, end: 2 * KIB64 - 1 })),
    ).rejects.toBeInstanceOf(BlobIntegrityError);
  });

  it('two segments swapped', async () => {
    const id = await copy((f) =>
      Buffer.concat([
        f.subarray(0, HEADER_BYTES),
        segment(f, 1),
        segment(f, 0),
        f.subarray(HEADER_BYTES + 2 * SEGMENT_SEALED),
      ]),
    );
    await expectIntegrityError(id);
  });

  it('a segment appended (here: a copy of a full one)', async () => {
    const id = await copy((f) => Buffer.concat([f, segment(f, 0)]));
    await expectIntegrityError(id);
  });

  it('an empty blob with its tag changed', async () => {
    const { id } = await store.put(Buffer.alloc(0));
    const file = store.pathOf(id);
    const bytes = fs.readFileSync(file);
    flip(bytes, bytes.length - 1, 1);
    fs.writeFileSync(file, bytes);
    await expectIntegrityError(id);
  });

  it('another key cannot read it', async () => {
    const { id } = await store.put(plain);
    const other = localBlobStore(path.join(dir, 'blobs'), randomBytes(32));
    await expectIntegrityError(id, other);
  });

  it('a missing file is a plain integrity error too', async () => {
    const { id } = await store.put(plain);
    await store.delete(id);
    expect(fs.existsSync(store.pathOf(id))).toBe(false);
    await expect(readAll(id)).rejects.toThrow(/missing/);
  });
});
