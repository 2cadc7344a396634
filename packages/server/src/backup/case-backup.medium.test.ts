import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';
import { BackupDamagedError, prepareCaseBackup } from './case-backup.js';

const targets = await storageTargets();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-backup-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The zip read back with Debian's unzip: an independent reader, not the library that wrote it. */
function readZip(zip: Buffer): { names: string[]; read: (name: string) => Buffer } {
  const file = path.join(work, `backup-${Math.random().toString(36).slice(2)}.zip`);
  fs.writeFileSync(file, zip);
  execFileSync('unzip', ['-tq', file]);
  const names = execFileSync('unzip', ['-Z1', file]).toString().split('\n').filter(Boolean);
  return { names, read: (name) => execFileSync('unzip', ['-p', file, name], { maxBuffer: 1 << 28 }) };
}

function probeSeconds(bytes: Buffer): number {
  const file = path.join(work, `probe-${Math.random().toString(36).slice(2)}.webm`);
  fs.writeFileSync(file, bytes);
  const out = execFileSync('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration',
    '-of',
    'csv=p=0',
    file,
  ]);
  return Number(out.toString().trim());
}

interface Manifest {
  parts: { id: string; sha256: string; durationMs: number; startedAt: string; status: string }[];
  bookmarks: { atMs: number; kind: string; note: string }[];
  clips: { id: string; name: string; sha256: string }[];
  files: Record<string, string>;
}

describe.each(targets)('case backup on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let stranger: Session;
    let caseId: string;
    let partId: string;
    let clipId: string;
    let letterName: string;

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('owner@example.org');
      stranger = await t.signUp('stranger@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      const letter = await t.as(owner, 'POST', `/api/cases/${caseId}/letters/recording-notice/files`, {
        meetingId: 'm1',
        format: 'txt',
      });
      const letterFile = letter.json<{ id: string; filename: string }>();
      letterName = letterFile.filename;
      const sent = await t.as(owner, 'POST', `/api/cases/${caseId}/letter-files/${letterFile.id}/sent`, {
        sentAt: '2026-11-20T14:00:00Z',
        method: 'email',
      });
      expect(sent.statusCode).toBeLessThan(300);

      // A real 2-second Opus WebM, sent as one chunk and finished like the browser recorder does.
      const webm = execFileSync('ffmpeg', [
        ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2'],
        ...['-c:a', 'libopus', '-f', 'webm', 'pipe:1'],
      ]);
      const part = await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/m1/recording/parts`, {
        clientPartId: 'backup-part',
        startedAt: '2026-11-23T15:00:00Z',
        mimeType: 'audio/webm',
      });
      partId = part.json<{ id: string }>().id;
      await t.app.inject({
        method: 'PUT',
        url: `/api/cases/${caseId}/recording-parts/${partId}/chunks/0`,
        headers: {
          cookie: owner.cookie,
          'x-csrf-token': owner.csrf,
          'content-type': 'application/octet-stream',
        },
        payload: webm,
      });
      await t.as(owner, 'POST', `/api/cases/${caseId}/recording-parts/${partId}/finish`, { lastSeq: 0 });
      await t.ctx.settle();
      const recordingId = (await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`)).json<{
        id: string;
      }>().id;
      const base = `/api/cases/${caseId}/recordings/${recordingId}`;
      const bookmark = await t.as(owner, 'POST', `${base}/bookmarks`, {
        atMs: 1200,
        kind: 'promised',
        note: 'Speech twice a week',
      });
      expect(bookmark.statusCode).toBe(201);
      const clip = await t.as(owner, 'POST', `${base}/clips`, {
        fromMs: 500,
        toMs: 1500,
        name: 'The promise',
        format: 'mp3',
      });
      expect(clip.statusCode).toBe(201);
      clipId = clip.json<{ id: string }>().id;
      const tapped = await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/m1/companion/entries`, {
        entries: [
          {
            id: 'backup-tap-1',
            seq: 0,
            at: '2026-11-23T15:00:05Z',
            atMs: null,
            session: 0,
            action: { type: 'note', text: 'They will call about the bus.' },
          },
        ],
      });
      expect(tapped.statusCode).toBe(200);
    }, 60_000);
    afterAll(async () => t?.close());

    it('holds the case file, timeline, letters and the playable recording, with matching hashes', async () => {
      const res = await t.as(owner, 'GET', `/api/cases/${caseId}/backup.zip`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      // The example student is Jordan Rivera; the test clock says 2026-11-23.
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="iep-ready-backup-Jordan-Rivera-2026-11-23.zip"',
      );
      const zip = readZip(Buffer.from(res.rawPayload));
      const partFile = 'recordings/m1/part-1-2026-11-23T15-00-00Z.webm';
      expect([...zip.names].sort()).toEqual(
        [
          'README.txt',
          'case.json',
          'timeline.json',
          'letters/sent.json',
          `letters/${letterName}`,
          'recordings/m1/manifest.json',
          partFile,
          'recordings/m1/clips/The promise.mp3',
          'companion/m1.json',
        ].sort(),
      );
      expect(JSON.parse(zip.read('companion/m1.json').toString())).toMatchObject({
        meetingId: 'm1',
        entries: [{ id: 'backup-tap-1', action: { type: 'note', text: 'They will call about the bus.' } }],
      });

      const exported = await t.as(owner, 'GET', `/api/cases/${caseId}/export`);
      expect(zip.read('case.json').toString()).toBe(exported.body);

      const manifest = JSON.parse(zip.read('recordings/m1/manifest.json').toString()) as Manifest;
      const part = manifest.parts.find((p) => p.id === partId);
      expect(part?.status).toBe('ready');
      expect(Date.parse(part?.startedAt ?? '')).toBe(Date.parse('2026-11-23T15:00:00Z'));
      const audio = zip.read(partFile);
      expect(manifest.files[partId]).toBe(partFile);
      expect(sha(audio)).toBe(part?.sha256);
      // Decrypted and playable: ffprobe reads about 2 seconds.
      expect(probeSeconds(audio)).toBeCloseTo(2, 0);
      const clipEntry = manifest.files[clipId] ?? '';
      expect(clipEntry).toBe('recordings/m1/clips/The promise.mp3');
      expect(sha(zip.read(clipEntry))).toBe(manifest.clips.find((c) => c.id === clipId)?.sha256);
      expect(manifest.bookmarks).toMatchObject([
        { atMs: 1200, kind: 'promised', note: 'Speech twice a week' },
      ]);

      const sent = JSON.parse(zip.read('letters/sent.json').toString()) as {
        sentAt: string;
        method: string;
        sha256: string;
        file: string;
      }[];
      expect(sent).toHaveLength(1);
      expect(Date.parse(sent[0]?.sentAt ?? '')).toBe(Date.parse('2026-11-20T14:00:00Z'));
      expect(sent[0]).toMatchObject({
        method: 'email',
        file: `letters/${letterName}`,
      });
      expect(sha(zip.read(`letters/${letterName}`))).toBe(sent[0]?.sha256);

      const timeline = JSON.parse(zip.read('timeline.json').toString()) as { kind: string }[];
      expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['case.imported', 'letter.sent']));
      const readme = zip.read('README.txt').toString();
      expect(readme).toContain('NOT encrypted');
      expect(readme).toMatch(/recordings\/.*manifest\.json/s);
    });

    it("answers 404 for another account's case, the same as a missing case", async () => {
      const theirs = await t.as(stranger, 'GET', `/api/cases/${caseId}/backup.zip`);
      const missing = await t.as(stranger, 'GET', '/api/cases/no-such-case/backup.zip');
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(missing.body);
    });

    it('stops with a plain error when a stored audio file is damaged, before or while writing', async () => {
      const ctx = t.ctx;
      const prepared = await prepareCaseBackup(ctx, owner.userId, caseId);
      if (prepared.kind !== 'ok') throw new Error('the backup was not prepared');
      const row = await t.storage.db
        .selectFrom('recording_parts')
        .select('blob_id')
        .where('id', '=', partId)
        .executeTakeFirstOrThrow();
      const blobFile = ctx.blobs.pathOf(row.blob_id ?? '');
      const bytes = fs.readFileSync(blobFile);
      bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff;
      fs.writeFileSync(blobFile, bytes);

      // Damaged after the check: the zip stream fails instead of ending as a complete-looking file.
      const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
      await expect(prepared.value.write(sink)).rejects.toThrow(BackupDamagedError);

      // Damaged before: nothing is sent but a plain message.
      const res = await t.as(owner, 'GET', `/api/cases/${caseId}/backup.zip`);
      expect(res.statusCode).toBe(500);
      expect(res.json<{ error: string }>().error).toMatch(/Part 1 .* damaged or was changed/);
    });
  });
});
