import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentAdded, EvidenceBuild, EvidenceMaterial } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPdf, textPng } from '../../binder/binder.test-helper.js';
import { storageTargets } from '../../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../../test-support/test-app.js';
import { addDocument } from '../../test-support/upload-document.js';

// The evidence binder through the real server, on SQLite and PostgreSQL: the checklist from the case's real
// material, a build on the job queue, the PDF read back with pdftotext and the ZIP with Debian's unzip, both kept
// encrypted; the parent's choice; another account gets 404; a build that breaks half-way leaves no file behind.

const targets = await storageTargets();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-evidence-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function saved(bytes: Buffer, ext: string): string {
  const file = path.join(work, `f-${Math.random().toString(36).slice(2)}.${ext}`);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Every blob file under the store (not its temp folder). */
function blobFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'tmp')
    .flatMap((d) => fs.readdirSync(path.join(dir, d.name)).map((name) => path.join(dir, d.name, name)));
}

describe.each(targets)('evidence binder on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let stranger: Session;
    let caseId: string;
    let iep: DocumentAdded['document'];
    let iepBytes: Buffer;
    const base = () => `/api/cases/${caseId}/evidence-binders`;

    function upload(name: string, data: Buffer, fields: Record<string, string>) {
      return addDocument(t, owner, caseId, { name, data, fields });
    }

    async function settled(id: string): Promise<EvidenceBuild> {
      for (const deadline = Date.now() + 60_000; ;) {
        const res = await t.as(owner, 'GET', `${base()}/${id}`);
        expect(res.statusCode, res.body).toBe(200);
        const build = res.json<EvidenceBuild>();
        if (build.status === 'ready' || build.status === 'failed') return build;
        if (Date.now() > deadline) throw new Error(`The binder is still ${build.status}.`);
        // The in-process queue's retry waits on the app's clock: move it on.
        t.clock.now = new Date(t.clock.now.getTime() + 5000);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }

    beforeAll(async () => {
      t = await createTestApp(target);
      t.clock.now = new Date('2026-12-10T15:00:00Z');
      owner = await t.signUp('evidence@example.org');
      stranger = await t.signUp('stranger-evidence@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      const letters = `/api/cases/${caseId}/letters`;
      await t.as(owner, 'PUT', `${letters}/records-request/draft`, {
        answers: { records: ['service-logs'], publicRecords: ['sped-policies'] },
      });
      const sent = await t.as(owner, 'POST', `${letters}/records-request/sent`, {
        method: 'email',
        sentAt: '2026-11-30T09:00:00-06:00',
      });
      expect(sent.statusCode, sent.body).toBe(201);
      iepBytes = Buffer.from(
        await textPdf([['Services: speech 60 minutes weekly'], ['Page two of the IEP'], ['Signatures']]),
      );
      iep = await upload('iep.pdf', iepBytes, {
        kind: 'iep',
        documentDate: '2026-10-01',
        receivedOn: '2026-10-02',
      });
      await upload('notice.png', textPng(['Notice of Action']), {
        kind: 'pwn',
        documentDate: '2026-11-05',
        receivedOn: '2026-11-06',
      });
      // Both documents read (the picture by OCR) before any binder is built.
      for (const deadline = Date.now() + 60_000; ;) {
        const docs = await t.storage.db.selectFrom('documents').select('status').execute();
        if (docs.every((d) => d.status === 'ready' || d.status === 'failed')) break;
        if (Date.now() > deadline) throw new Error('The documents were not read.');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }, 120_000);
    afterAll(async () => t?.close());

    it('lists what can go in, grouped: the sent letter, the documents, the answer list, the meetings', async () => {
      const res = await t.as(owner, 'GET', `/api/cases/${caseId}/evidence-binder/materials`);
      expect(res.statusCode, res.body).toBe(200);
      const { materials } = res.json<{ materials: EvidenceMaterial[] }>();
      const groups = materials.map((m) => m.group);
      expect(groups).toContain('letters');
      expect(groups.filter((g) => g === 'documents')).toHaveLength(2);
      expect(groups).toContain('answers');
      expect(materials.find((m) => m.id === `document:${iep.id}`)).toMatchObject({ date: '2026-10-01' });
      expect(materials.find((m) => m.group === 'letters')).toMatchObject({
        date: '2026-11-30',
        detail: 'Sent by email',
      });
      // Group order is the checklist's order.
      expect(groups.indexOf('letters')).toBeLessThan(groups.indexOf('documents'));
    });

    it('builds everything into a stamped PDF and a ZIP of the originals, both stored encrypted', async () => {
      const started = await t.as(owner, 'POST', base(), { purpose: 'state-complaint' });
      expect(started.statusCode, started.body).toBe(202);
      expect(started.json<EvidenceBuild>()).toMatchObject({ status: 'queued', progress: 0 });
      const build = await settled(started.json<EvidenceBuild>().id);
      expect(build).toMatchObject({ status: 'ready', progress: 1, error: null });
      expect(build.exhibits).toBeGreaterThanOrEqual(4);

      const pdf = await t.as(owner, 'GET', `${base()}/${build.id}/binder.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(sha(pdf.rawPayload)).toBe(build.pdfSha256);
      const text = execFileSync('pdftotext', ['-layout', saved(pdf.rawPayload, 'pdf'), '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('Evidence binder for');
      expect(text).toContain('Prepared for: State complaint (DESE child complaint)');
      expect(text).toContain('Table of contents');
      expect(text).toMatch(/Exhibit \d+\. iep \(October 1, 2026, 3 pages\)/);
      expect(text).toContain('Services: speech 60 minutes weekly');
      for (const p of [1, 2, 3]) expect(text).toMatch(new RegExp(`Exhibit \\d+, page ${p} of 3`));
      expect(text).toContain('Letter sent on November 30, 2026 by email.');
      expect(text).toMatch(new RegExp(`SHA-256 of the original:\\s+${iep.sha256}`));
      expect(text).toContain('What the school owes');

      const zip = await t.as(owner, 'GET', `${base()}/${build.id}/originals.zip`);
      expect(zip.statusCode).toBe(200);
      const file = saved(zip.rawPayload, 'zip');
      execFileSync('unzip', ['-tq', file]);
      const names = execFileSync('unzip', ['-Z1', file]).toString().split('\n').filter(Boolean);
      expect(names).toContain('SHA-256.txt');
      expect(names).toContain('documents/2026-10-01 iep.pdf');
      expect(names.some((n) => n.startsWith('letters/2026-11-30 '))).toBe(true);
      expect(sha(execFileSync('unzip', ['-p', file, 'documents/2026-10-01 iep.pdf']))).toBe(sha(iepBytes));
      expect(execFileSync('unzip', ['-p', file, 'SHA-256.txt']).toString()).toContain(
        `${sha(iepBytes)}  documents/2026-10-01 iep.pdf`,
      );

      // At rest the two files are ciphertext: no PDF header, no zip header, anywhere in the store.
      const row = await t.storage.db
        .selectFrom('evidence_builds')
        .selectAll()
        .where('id', '=', build.id)
        .executeTakeFirstOrThrow();
      for (const blob of [row.pdf_blob_id, row.zip_blob_id]) {
        const raw = fs.readFileSync(t.ctx.blobs.pathOf(blob ?? ''));
        expect(raw.includes(Buffer.from('%PDF'))).toBe(false);
        expect(raw.includes(Buffer.from('PK\x03\x04'))).toBe(false);
      }
      const list = (await t.as(owner, 'GET', base())).json<{ builds: EvidenceBuild[] }>().builds;
      expect(list.map((b) => b.id)).toContain(build.id);
    });

    it('puts in only what the parent chose, and refuses a choice that is not in the case', async () => {
      const only = await t.as(owner, 'POST', base(), {
        purpose: 'mediation',
        include: [`document:${iep.id}`],
      });
      expect(only.statusCode, only.body).toBe(202);
      const build = await settled(only.json<EvidenceBuild>().id);
      expect(build).toMatchObject({ status: 'ready', chosen: 1, exhibits: 1 });
      // Cover, contents, timeline, the exhibit's title page and its 3 pages.
      expect(build.pages).toBe(7);
      const bad = await t.as(owner, 'POST', base(), { purpose: 'mediation', include: ['document:nope'] });
      expect(bad.statusCode).toBe(404);
      const none = await t.as(owner, 'POST', base(), { purpose: 'mediation', include: [] });
      expect(none.statusCode).toBe(409);
      const purpose = await t.as(owner, 'POST', base(), { purpose: 'lawsuit' });
      expect(purpose.statusCode).toBe(400);
    });

    it('answers 404 to another account for every route, and changes nothing', async () => {
      const build = (await t.as(owner, 'GET', base())).json<{ builds: EvidenceBuild[] }>().builds[0];
      const id = build?.id ?? '';
      const before = await t.storage.db.selectFrom('evidence_builds').selectAll().orderBy('id').execute();
      const calls: [Parameters<TestApp['as']>[1], string, unknown?][] = [
        ['GET', `/api/cases/${caseId}/evidence-binder/materials`],
        ['POST', base(), { purpose: 'mediation' }],
        ['GET', base()],
        ['GET', `${base()}/${id}`],
        ['GET', `${base()}/${id}/binder.pdf`],
        ['GET', `${base()}/${id}/originals.zip`],
        ['DELETE', `${base()}/${id}`],
      ];
      for (const [method, url, body] of calls) {
        const res = await t.as(stranger, method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.body).not.toContain('Services');
      }
      // The owner's own case with an unknown build is a 404 too.
      expect((await t.as(owner, 'GET', `${base()}/no-such-build`)).statusCode).toBe(404);
      expect(await t.storage.db.selectFrom('evidence_builds').selectAll().orderBy('id').execute()).toEqual(
        before,
      );
    });

    it('a build that breaks half-way (a damaged original) leaves no file and offers nothing', async () => {
      const files = () => blobFiles(t.ctx.blobsDir).sort();
      const doc = await t.storage.db
        .selectFrom('documents')
        .select('blob_id')
        .where('id', '=', iep.id)
        .executeTakeFirstOrThrow();
      const blobPath = t.ctx.blobs.pathOf(doc.blob_id);
      const good = fs.readFileSync(blobPath);
      const damaged = Buffer.from(good);
      damaged[damaged.length - 40] = (damaged[damaged.length - 40] ?? 0) ^ 0xff;
      fs.writeFileSync(blobPath, damaged);
      const before = files();
      try {
        const started = await t.as(owner, 'POST', base(), { purpose: 'due-process' });
        expect(started.statusCode, started.body).toBe(202);
        const build = await settled(started.json<EvidenceBuild>().id);
        expect(build).toMatchObject({ status: 'failed', pdfBytes: null, zipBytes: null, pdfSha256: null });
        expect(build.error).toMatch(/could not be built/);
        const row = await t.storage.db
          .selectFrom('evidence_builds')
          .selectAll()
          .where('id', '=', build.id)
          .executeTakeFirstOrThrow();
        expect([row.pdf_blob_id, row.zip_blob_id]).toEqual([null, null]);
        expect(files()).toEqual(before);
        expect(fs.readdirSync(t.ctx.tmpDir)).toEqual([]);
        const pdf = await t.as(owner, 'GET', `${base()}/${build.id}/binder.pdf`);
        expect(pdf.statusCode).toBe(409);
      } finally {
        fs.writeFileSync(blobPath, good);
      }
    });

    it('deletes a build and both of its files', async () => {
      const build = (await t.as(owner, 'GET', base()))
        .json<{ builds: EvidenceBuild[] }>()
        .builds.find((b) => b.status === 'ready');
      const row = await t.storage.db
        .selectFrom('evidence_builds')
        .selectAll()
        .where('id', '=', build?.id ?? '')
        .executeTakeFirstOrThrow();
      const del = await t.as(owner, 'DELETE', `${base()}/${row.id}`);
      expect(del.statusCode).toBe(204);
      for (const blob of [row.pdf_blob_id, row.zip_blob_id])
        expect(fs.existsSync(t.ctx.blobs.pathOf(blob ?? ''))).toBe(false);
      expect((await t.as(owner, 'GET', `${base()}/${row.id}`)).statusCode).toBe(404);
    });
  });
});
