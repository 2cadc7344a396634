import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FUZZ_TIMEOUT,
  fuzzRuns,
  hostileValue,
  MACHINE_WORDS,
  mutated,
} from '../../../core/src/test-support/fuzz.js';
import { companionSchema, type CompanionEntry } from '@iep/core/contract';
import { startFuzzApp, type FuzzApp } from '../test-support/fuzz-app.js';
import { storageTargets } from '../test-support/storage-targets.js';

// Fuzzing the companion's taps: near-valid and hostile entry batches, to the case's meeting and to one it does not
// have. Every answer is a 2xx or a plain 4xx, a refused batch changes nothing (fuzz-app.ts checks every table),
// and whatever was kept still folds into a companion the contract accepts and a follow-up with no machine word.

const targets = await storageTargets();

const EXAMPLE: { entries: CompanionEntry[] } = {
  entries: [
    {
      id: 'fuzz-entry-0001',
      seq: 0,
      at: '2026-12-07T15:01:00Z',
      atMs: 60_000,
      session: 0,
      action: {
        type: 'outcome',
        cardId: 'concern:abc',
        title: 'Speech therapy twice a week',
        outcome: 'promised',
        who: 't1',
        due: { kind: 'in-days', days: 5 },
      },
    },
    {
      id: 'fuzz-entry-0002',
      seq: 1,
      at: '2026-12-07T15:02:00Z',
      atMs: 120_000,
      session: 0,
      action: { type: 'pwn', cardId: 'concern:abc', queued: true },
    },
    {
      id: 'fuzz-entry-0003',
      seq: 2,
      at: '2026-12-07T15:03:00Z',
      atMs: null,
      session: 1,
      action: { type: 'note', text: 'Ask about the bus.' },
    },
  ],
};

describe.each(targets)('the companion under fuzzing on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let f: FuzzApp;
    const base = (meetingId: string) => `/api/cases/${f.world.caseId}/meetings/${meetingId}/companion`;

    beforeAll(async () => {
      f = await startFuzzApp(target);
    }, 120_000);
    afterAll(async () => {
      await f?.stillUp();
      await f?.close();
    });

    it(
      'stores or refuses any batch of taps, and still folds and drafts what it kept',
      async () => {
        let n = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.oneof({ arbitrary: mutated(EXAMPLE), weight: 4 }, hostileValue()),
            fc.constantFrom(f.world.meetingId, f.world.meetingId, 'nope'),
            async (body, meetingId) => {
              // A fresh id set per run, so a valid batch is new and its bookmarks are made.
              n += 1;
              const text = JSON.stringify(body).replaceAll(
                'fuzz-entry-',
                `fuzz-${String(n).padStart(4, '0')}-`,
              );
              await f.probe({
                method: 'POST',
                url: `${base(meetingId)}/entries`,
                body: text,
                headers: { 'content-type': 'application/json' },
              });
            },
          ),
          fuzzRuns(40),
        );
        const got = await f.probe({ method: 'GET', url: base(f.world.meetingId) });
        expect(got.statusCode).toBe(200);
        expect(companionSchema.safeParse(got.json()).success).toBe(true);
        const drafted = await f.probe({ method: 'POST', url: `${base(f.world.meetingId)}/follow-up` });
        expect(drafted.statusCode).toBe(200);
        expect(drafted.body).not.toMatch(MACHINE_WORDS);
      },
      FUZZ_TIMEOUT * 2,
    );
  });
});
