import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FUZZ_TIMEOUT,
  fuzzRuns,
  hostileValue,
  mutated,
  nested,
} from '../../../core/src/test-support/fuzz.js';
import { startFuzzApp, type FuzzApp } from '../test-support/fuzz-app.js';
import { TOO_DEEP } from '../http/json-depth.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { exampleCase } from '../test-support/test-app.js';

// Fuzzing the case file routes (import, replace, meetings) through the app on both databases: any body gets a
// 2xx or a plain 4xx, and a refused one leaves every table and file as it was (startFuzzApp's probe checks both).

const targets = await storageTargets();

describe.each(targets)('case file routes under fuzzing on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let f: FuzzApp;
    const base = () => `/api/cases/${f.world.caseId}`;
    const version = async () =>
      (
        await f.t.storage.db
          .selectFrom('cases')
          .select('version')
          .where('id', '=', f.world.caseId)
          .executeTakeFirst()
      )?.version ?? 0;

    beforeAll(async () => {
      f = await startFuzzApp(target);
    }, 120_000);
    afterAll(async () => {
      await f?.stillUp();
      await f?.close();
    });

    it(
      'imports near-valid and hostile case files, or refuses them whole',
      async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof({ arbitrary: mutated(exampleCase()), weight: 3 }, hostileValue()),
            async (body) => {
              await f.probe({ method: 'POST', url: '/api/cases/import', body });
            },
          ),
          fuzzRuns(40),
        );
      },
      FUZZ_TIMEOUT,
    );

    it(
      'answers any bytes sent as JSON, cut-off files included',
      async () => {
        const text = JSON.stringify(exampleCase());
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(
              fc.string({ unit: 'binary', maxLength: 200 }),
              fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
              fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
            ),
            fc.constantFrom(
              'application/json',
              'application/json; charset=utf-16',
              'text/plain',
              'application/xml',
            ),
            async (body, type) => {
              await f.probe({
                method: 'POST',
                url: '/api/cases/import',
                body,
                headers: { 'content-type': type },
              });
            },
          ),
          fuzzRuns(30),
        );
      },
      FUZZ_TIMEOUT,
    );

    it(
      'replaces the case with near-valid files and any version, or changes nothing',
      async () => {
        await fc.assert(
          fc.asyncProperty(
            mutated(f.world.file),
            fc.oneof({ arbitrary: fc.constant('current'), weight: 3 }, hostileValue()),
            async (file, v) => {
              const body = { version: v === 'current' ? await version() : v, file };
              await f.probe({ method: 'PUT', url: base(), body });
            },
          ),
          fuzzRuns(40),
        );
      },
      FUZZ_TIMEOUT,
    );

    it(
      'adds and changes meetings and closures from any body',
      async () => {
        const meeting = (f.world.file.meetings as unknown[])[0];
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(mutated(meeting), hostileValue()),
            fc.constantFrom('POST meetings', 'PUT meetings/m1', 'POST closures'),
            async (body, where) => {
              const [method, path] = where.split(' ') as ['POST' | 'PUT', string];
              await f.probe({ method, url: `${base()}/${path}`, body });
            },
          ),
          fuzzRuns(30),
        );
      },
      FUZZ_TIMEOUT,
    );

    // A body nested this deep is no case file: the JSON parser refuses it before any handler walks it.
    it('refuses a body nested 500 deep with 400 before any handler', async () => {
      const response = await f.probe({
        method: 'POST',
        url: '/api/cases/import',
        body: { ...exampleCase(), student: nested(500) },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: TOO_DEEP });
    });
  });
});
