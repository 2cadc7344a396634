import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// A date of birth in the future and a grade like "banana" are refused with plain messages by field, whether the
// case is created, imported or edited; nothing is saved. (The schema has no clock: the service gives it today.)

const targets = await storageTargets();

describe.each(targets)('student dates and grade on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('dates@example.org');
    });
    afterAll(async () => t?.close());

    const student = () => exampleCase()['student'] as Record<string, unknown>;
    const parents = () => exampleCase()['parents'];

    it('refuses a date of birth after today when a case is created or imported', async () => {
      const created = await t.as(owner, 'POST', '/api/cases', {
        student: { ...student(), dateOfBirth: '2031-04-18' },
        parents: parents(),
      });
      expect(created.statusCode).toBe(422);
      expect(created.json<{ problems: unknown[] }>().problems).toEqual([
        { path: '$.student.dateOfBirth', message: 'The date of birth is in the future. Check the year.' },
      ]);
      const imported = await t.as(owner, 'POST', '/api/cases/import', {
        ...exampleCase(),
        student: { ...student(), dateOfBirth: '2026-11-30' },
      });
      expect(imported.statusCode).toBe(422);
      const list = await t.as(owner, 'GET', '/api/cases');
      expect(JSON.stringify(list.json())).not.toContain('2031-04-18');
    });

    it('refuses a grade like "banana" with a plain message', async () => {
      const created = await t.as(owner, 'POST', '/api/cases', {
        student: { ...student(), grade: 'banana' },
        parents: parents(),
      });
      expect(created.statusCode).toBe(422);
      expect(created.json<{ problems: unknown[] }>().problems).toEqual([
        {
          path: '$.student.grade',
          message: 'Write the grade as a number from 1 to 12, K for kindergarten, or Pre-K.',
        },
      ]);
    });

    it('accepts a birth date of today', async () => {
      const created = await t.as(owner, 'POST', '/api/cases', {
        student: { ...student(), dateOfBirth: '2026-11-23', grade: 'Pre-K' },
        parents: parents(),
      });
      expect(created.statusCode).toBe(201);
    });
  });
});
