import type { DocumentAdded } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postDocument } from '../test-support/upload-document.js';
import { NULL_CHARACTER } from '../http/null-character.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// The fields of an upload may come on either side of the file (a form puts them first; `curl -F file=@x -F
// title=...` puts them after): the title the parent gave is the document's title either way, in the binder and in
// the evidence binder's checklist, and a wrong field after the file keeps nothing; so does a NUL character.

const targets = await storageTargets();
const PAPER = Buffer.from('Dear parent, the team will meet on March 3, 2026 about reading.');

describe.each(targets)('binder upload fields on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let s: Session;
    let caseId: string;
    beforeAll(async () => {
      t = await createTestApp(target);
      s = await t.signUp('parent@example.org');
      caseId = (await t.as(s, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    const upload = (fields: Record<string, string>, data: Buffer, after: Record<string, string>) =>
      postDocument(t, s, caseId, { name: 'scan_0042.txt', data, fields, after });
    const documentRows = () =>
      t.storage.db.selectFrom('documents').select(['id', 'title']).where('case_id', '=', caseId).execute();

    it('keeps a title sent after the file, in the binder and in the evidence checklist', async () => {
      const response = await upload({}, PAPER, { title: 'Letter from the principal', kind: 'other' });
      expect(response.statusCode, response.body).toBe(201);
      const added = response.json<DocumentAdded>();
      expect(added.document).toMatchObject({ title: 'Letter from the principal', kind: 'other' });
      expect(added.message).toContain('"Letter from the principal"');

      const listed = await t.as(s, 'GET', `/api/cases/${caseId}/documents/${added.document.id}`);
      expect(listed.json<{ document: { title: string } }>().document.title).toBe('Letter from the principal');
      const materials = await t.as(s, 'GET', `/api/cases/${caseId}/evidence-binder/materials`);
      expect(materials.statusCode, materials.body).toBe(200);
      const material = materials
        .json<{ materials: { id: string; title: string }[] }>()
        .materials.find((m) => m.id === `document:${added.document.id}`);
      expect(material?.title).toBe('Letter from the principal');
    });

    it('refuses a wrong field after the file and keeps nothing', async () => {
      const before = await documentRows();
      const wrongDate = await upload({}, Buffer.from('Another paper entirely.'), {
        documentDate: '2026-02-30',
      });
      expect(wrongDate.statusCode, wrongDate.body).toBe(422);
      const unknown = await upload({}, Buffer.from('A third paper.'), { colour: 'blue' });
      expect(unknown.statusCode, unknown.body).toBe(422);
      expect(await documentRows()).toEqual(before);
    });

    it('refuses a NUL character in a field or in the file name with 400 and keeps nothing', async () => {
      const before = await documentRows();
      const field = await upload({}, Buffer.from('A fourth paper.'), { title: 'Letter\u0000from school' });
      const name = await postDocument(t, s, caseId, {
        name: 'scan\u0000.txt',
        data: Buffer.from('A fifth paper.'),
      });
      for (const refused of [field, name]) {
        expect(refused.statusCode, refused.body).toBe(400);
        expect(refused.json()).toEqual({ error: NULL_CHARACTER });
      }
      expect(await documentRows()).toEqual(before);
    });
  });
});
