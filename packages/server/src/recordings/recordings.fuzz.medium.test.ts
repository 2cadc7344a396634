import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzzRuns, hostileValue, mutated } from '../../../core/src/test-support/fuzz.js';
import { startFuzzApp, type FuzzApp } from '../test-support/fuzz-app.js';
import { TUS, UPLOAD_LENGTH, uploadMetadata } from '../test-support/route-fixture.js';
import { storageTargets } from '../test-support/storage-targets.js';

// Fuzzing what the recorder, the player and the uploader send: tus Upload-Metadata and lengths, the Range header
// of playback, chunks (any number, bytes, checksum and type), bookmarks, and the parent's transcript
// corrections. Every answer is a 2xx or a 4xx (plain `{error}` outside the tus protocol), never a 5xx, and a
// refused request changes no row and no file.

const targets = await storageTargets();
const b64 = (s: string) => Buffer.from(s).toString('base64');
const pathPart = (values: string[]) =>
  fc
    .oneof({ arbitrary: fc.constantFrom(...values), weight: 3 }, fc.string({ maxLength: 12 }))
    .map(encodeURIComponent);

describe.each(targets)('recording routes under fuzzing on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let f: FuzzApp;
    const c = () => `/api/cases/${f.world.caseId}`;
    const rec = () => `${c()}/recordings/${f.world.recordingId}`;

    beforeAll(async () => {
      f = await startFuzzApp(target);
    }, 120_000);
    afterAll(async () => {
      await f?.stillUp();
      await f?.close();
    });

    it(
      'starts tus uploads from any metadata and length, or refuses them',
      async () => {
        const { caseId } = f.world;
        const metadata = fc.oneof(
          fc.constantFrom(
            uploadMetadata(caseId, 'm1'),
            uploadMetadata(caseId, 'm1', 'a.exe'),
            uploadMetadata(caseId, 'nope'),
          ),
          fc
            .tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }))
            .map(([m, n]) => uploadMetadata(caseId, m, n)),
          fc
            .array(
              fc.tuple(
                fc.constantFrom('caseId', 'meetingId', 'filename', '__proto__', ''),
                fc.string({ maxLength: 10 }),
              ),
              { maxLength: 4 },
            )
            .map((pairs) => [`caseId ${b64(caseId)}`, ...pairs.map(([k, v]) => `${k} ${b64(v)}`)].join(',')),
          fc.string({ maxLength: 60 }),
        );
        const length = fc.oneof(
          fc.constantFrom(String(UPLOAD_LENGTH), '0', '-1', '1e3', '', '99999999999999999999'),
          fc.string({ maxLength: 6 }),
        );
        await fc.assert(
          fc.asyncProperty(metadata, length, fc.boolean(), async (meta, uploadLength, resumable) => {
            const headers: Record<string, string> = {
              'upload-metadata': meta,
              'upload-length': uploadLength,
            };
            if (resumable) Object.assign(headers, TUS);
            await f.probe({ method: 'POST', url: '/api/uploads', headers }, { protocol: 'tus' });
          }),
          fuzzRuns(40),
        );
      },
      FUZZ_TIMEOUT,
    );

    it(
      'plays any Range of a part: the whole file, the bytes asked for, or 416',
      async () => {
        const url = `${c()}/recording-parts/${f.world.partId}/audio`;
        const size = Number((await f.probe({ method: 'GET', url })).headers['content-length']);
        const number = fc.oneof(
          fc.nat({ max: size + 10 }).map(String),
          fc.constantFrom('', '0', '9'.repeat(25)),
        );
        const range = fc.oneof(
          fc.tuple(number, number).map(([a, b]) => `bytes=${a}-${b}`),
          fc.string({ maxLength: 30 }),
          fc.tuple(number, number, number).map(([a, b, d]) => `bytes=${a}-${b},${d}-`),
        );
        await fc.assert(
          fc.asyncProperty(range, async (header) => {
            const response = await f.probe({ method: 'GET', url, headers: { range: header } });
            if (response.statusCode === 206) {
              const [, start, end, total] =
                /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(response.headers['content-range'])) ?? [];
              expect(Number(total)).toBe(size);
              expect(response.rawPayload.length).toBe(Number(end) - Number(start) + 1);
            } else if (response.statusCode === 200) expect(response.rawPayload.length).toBe(size);
            else expect(response.statusCode).toBe(416);
          }),
          fuzzRuns(60),
        );
      },
      FUZZ_TIMEOUT,
    );

    it(
      'takes or refuses any chunk: any number, bytes, checksum and content type',
      async () => {
        const { openPartId, partId } = f.world;
        await fc.assert(
          fc.asyncProperty(
            pathPart([openPartId, partId]),
            fc.oneof(
              fc.nat({ max: 40 }).map(String),
              fc.constantFrom('-1', '1e3', '0x1', '99999999999', '%00', ''),
            ),
            fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)),
            fc.constantFrom(
              'application/octet-stream',
              'application/json',
              'text/plain',
              'application/offset+octet-stream',
            ),
            fc.constantFrom('right', 'wrong', 'junk', 'none'),
            async (part, seq, bytes, type, sha) => {
              const headers: Record<string, string> = { 'content-type': type };
              const digest = createHash('sha256').update(bytes).digest('hex');
              if (sha === 'right') headers['x-chunk-sha256'] = digest;
              if (sha === 'wrong')
                headers['x-chunk-sha256'] = digest.replace(/^./, (d) => (d === '0' ? '1' : '0'));
              if (sha === 'junk') headers['x-chunk-sha256'] = 'not a hash';
              await f.probe({
                method: 'PUT',
                url: `${c()}/recording-parts/${part}/chunks/${seq}`,
                body: bytes,
                headers,
              });
            },
          ),
          fuzzRuns(40),
        );
      },
      FUZZ_TIMEOUT,
    );

    it(
      'adds and changes bookmarks from any body',
      async () => {
        const { partId, bookmarkId } = f.world;
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(mutated({ atMs: 10, kind: 'note', note: 'Said yes', partId }), hostileValue()),
            fc.oneof(mutated({ atMs: 20, kind: 'agreed', note: 'x' }), hostileValue()),
            pathPart([bookmarkId]),
            async (added, changed, id) => {
              await f.probe({ method: 'POST', url: `${rec()}/bookmarks`, body: added });
              await f.probe({ method: 'PUT', url: `${c()}/bookmarks/${id}`, body: changed });
            },
          ),
          fuzzRuns(30),
        );
      },
      FUZZ_TIMEOUT,
    );

    it(
      'applies or refuses any transcript correction',
      async () => {
        const { segmentId } = f.world;
        await fc.assert(
          fc.asyncProperty(
            pathPart([segmentId]),
            fc.oneof(mutated({ text: 'Changed.', speaker: 'S1' }), hostileValue()),
            pathPart(['S1', 'S2', 'S9', 's1', 'S1000']),
            fc.oneof(mutated({ name: 'Ms. Lee' }), hostileValue()),
            fc.oneof(mutated({ from: 'S2', into: 'S1' }), hostileValue()),
            async (segment, edit, label, rename, merge) => {
              await f.probe({ method: 'PATCH', url: `${rec()}/transcript/segments/${segment}`, body: edit });
              await f.probe({ method: 'PUT', url: `${rec()}/transcript/speakers/${label}`, body: rename });
              await f.probe({ method: 'POST', url: `${rec()}/transcript/speakers/merge`, body: merge });
            },
          ),
          fuzzRuns(25),
        );
      },
      FUZZ_TIMEOUT,
    );
  });
});
