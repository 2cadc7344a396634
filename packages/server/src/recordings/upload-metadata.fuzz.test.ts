import { Metadata } from '@tus/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzzRuns } from '../../../core/src/test-support/fuzz.js';
import { parseUploadMetadata } from './uploads.routes.js';

// Fuzzing tus Upload-Metadata. Our parser decides which case an upload may go into; @tus/server parses the same
// header again and stores what it read. If the two ever read a header differently, an upload could be checked
// against one case and land in another: so whenever tus accepts a header, ours must read the same values.

const b64 = (s: string) => Buffer.from(s).toString('base64');
const key = fc.oneof(
  fc.constantFrom('caseId', 'meetingId', 'filename', 'filetype', '__proto__', 'constructor', 'caseid', ''),
  fc.string({ maxLength: 8 }),
);
const value = fc.oneof(
  fc.string({ maxLength: 20 }).map(b64),
  fc.constantFrom('', '=', '====', 'YQ', 'YQ==', 'Y Q==', '!!!!'),
  fc.string({ maxLength: 8 }),
);
const pair = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `${k} ${v}`),
  key,
  fc.tuple(fc.constantFrom(' ', '  '), key, value).map(([s, k, v]) => `${s}${k} ${v}`),
  fc.tuple(key, value, value).map((p) => p.join(' ')),
);
const header = fc.oneof(
  fc.array(pair, { maxLength: 5 }).map((pairs) => pairs.join(',')),
  fc.string({ maxLength: 60 }),
);

describe('tus Upload-Metadata under fuzzing', () => {
  it(
    'never throws, and reads the same case, meeting and file name as @tus/server whenever tus accepts',
    () => {
      fc.assert(
        fc.property(header, (h) => {
          const ours = parseUploadMetadata(h);
          let theirs: Record<string, string | null>;
          try {
            theirs = Metadata.parse(h);
          } catch {
            return; // tus refuses the header (400): no upload is made, whatever we read.
          }
          for (const name of ['caseId', 'meetingId', 'filename'])
            expect(ours[name] ?? '', `${name} of ${JSON.stringify(h)}`).toBe(theirs[name] ?? '');
        }),
        fuzzRuns(3000),
      );
    },
    FUZZ_TIMEOUT,
  );
});
