import fs from 'node:fs';
import { LETTER_KINDS, type LetterKind } from '@iep/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzzRuns, hostileValue, mutated } from '../../../core/src/test-support/fuzz.js';
import { LETTER_FORMATS } from '@iep/core/contract';
import { startFuzzApp, type FuzzApp } from '../test-support/fuzz-app.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { TOO_DEEP } from '../http/json-depth.js';

// Fuzzing the letter interview: a draft saved from near-valid and hostile answers of every kind, then the letter
// file made from whatever draft was kept, in every format (PDF, DOCX, text, email). Every answer is a 2xx or a
// plain 4xx (missing facts), never a 5xx, and a refused draft or file changes nothing.

const targets = await storageTargets();
const EXAMPLE_ANSWERS = JSON.parse(
  fs.readFileSync(
    new URL('../../../core/src/letters/test-fixtures/answers.example.json', import.meta.url),
    'utf8',
  ),
) as Record<LetterKind, unknown>;

describe.each(targets)('letters under fuzzing on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let f: FuzzApp;
    const base = () => `/api/cases/${f.world.caseId}/letters`;

    beforeAll(async () => {
      f = await startFuzzApp(target);
    }, 120_000);
    afterAll(async () => {
      await f?.stillUp();
      await f?.close();
    });

    it.each(LETTER_KINDS)(
      '%s: saves or refuses any answers, and makes a file or lists what is missing',
      async (kind) => {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof({ arbitrary: mutated(EXAMPLE_ANSWERS[kind]), weight: 3 }, hostileValue()),
            fc.constantFrom(...LETTER_FORMATS, 'html'),
            fc.constantFrom('m1', 'm2', 'nope', undefined),
            async (answers, format, meetingId) => {
              await f.probe({ method: 'PUT', url: `${base()}/${kind}/draft`, body: { meetingId, answers } });
              await f.probe({ method: 'POST', url: `${base()}/${kind}/files`, body: { meetingId, format } });
            },
          ),
          fuzzRuns(5),
        );
      },
      FUZZ_TIMEOUT,
    );

    it(
      'adds any items to a draft list, or refuses them',
      async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...LETTER_KINDS),
            fc.constantFrom('findings', 'requests', 'agreed', 'actions', 'violations', '__proto__', ''),
            fc.array(hostileValue(), { minLength: 0, maxLength: 3 }),
            async (kind, field, items) => {
              await f.probe({
                method: 'POST',
                url: `${base()}/${kind}/draft/append`,
                body: { meetingId: 'm1', field, items },
              });
            },
          ),
          fuzzRuns(30),
        );
      },
      FUZZ_TIMEOUT,
    );

    // The dedupe of appended items walked each item recursively: 5000 levels overflowed the stack (a 500). The
    // JSON depth limit refuses such a body first (and the dedupe no longer recurses: canonical-json.test.ts).
    it('refuses items nested 5000 deep with 400 before any handler', async () => {
      const response = await f.probe({
        method: 'POST',
        url: `${base()}/concerns/draft/append`,
        // Written out: JSON.stringify of the test itself would overflow first.
        body: `{"meetingId":"m1","field":"findings","items":[${'['.repeat(5000)}${']'.repeat(5000)}]}`,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: TOO_DEEP });
    });
  });
});
