import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { openStorage } from '../db/open-storage.js';
import { buildApp } from '../app/app.js';
import {
  PASSWORD,
  createTestApp,
  exampleCase,
  sessionCookie,
  type Session,
  type TestApp,
} from '../test-support/test-app.js';
import { sweepParts } from './finalize.service.js';
import type { Recording, RecordingPart } from '@iep/core/contract';

const targets = await storageTargets();

// A real browser-like stream: 6 s of Opus in WebM, sent as chunks cut at arbitrary byte offsets. Any in-order
// prefix of such a file decodes, which is what the server relies on.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-rec-test-'));
const webmFile = path.join(work, 'six.webm');
execFileSync('ffmpeg', [
  ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=6'],
  ...['-c:a', 'libopus', '-b:a', '32k', '-f', 'webm', '-y', webmFile],
]);
const webm = fs.readFileSync(webmFile);
const CUTS = [0, 1000, 7777, 20000, webm.length];
const chunks = CUTS.slice(1).map((end, i) => webm.subarray(CUTS[i], end));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function probeSeconds(bytes: Buffer): number {
  const file = path.join(work, `probe-${Math.random().toString(36).slice(2)}.webm`);
  fs.writeFileSync(file, bytes);
  // Decode fully: the stream header has no duration, so count what actually plays.
  const out = execFileSync('ffprobe', [
    ...['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file],
  ]).toString();
  return Number(out.trim());
}

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.each(targets)('recordings on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let stranger: Session;
    let caseId: string;

    const putChunk = (partId: string, seq: number, body: Buffer, who: Session = owner) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/cases/${caseId}/recording-parts/${partId}/chunks/${seq}`,
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/octet-stream' },
        payload: body,
      });
    const getAudio = (partId: string, range?: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/cases/${caseId}/recording-parts/${partId}/audio`,
        headers: { cookie: owner.cookie, ...(range ? { range } : {}) },
      });
    const startPart = async (clientPartId: string, startedAt = '2026-11-23T15:00:00Z') => {
      const res = await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/m1/recording/parts`, {
        clientPartId,
        startedAt,
        mimeType: 'audio/webm;codecs=opus',
        device: 'test browser',
      });
      return { res, part: res.json<RecordingPart>() };
    };
    const recording = async () =>
      (await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`)).json<Recording>();
    const waitReady = async (partId: string): Promise<RecordingPart> => {
      await t.ctx.settle();
      const part = (await recording()).parts.find((p) => p.id === partId);
      if (!part) throw new Error('part missing');
      return part;
    };
    const body = (res: LightMyRequestResponse) => Buffer.from(res.rawPayload);

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('owner@example.org');
      stranger = await t.signUp('stranger@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    it('says plainly when a meeting has no recording', async () => {
      const res = await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`);
      expect(res.statusCode).toBe(404);
      expect(res.json<{ error: string }>().error).toMatch(/no recording yet/);
    });

    it('starts a part once per client id; a new meeting id that does not exist is 404', async () => {
      const first = await startPart('client-a');
      expect(first.res.statusCode).toBe(201);
      const again = await startPart('client-a');
      expect(again.res.statusCode).toBe(200);
      expect(again.part.id).toBe(first.part.id);
      const missing = await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/nope/recording/parts`, {
        clientPartId: 'x',
        startedAt: '2026-11-23T15:00:00Z',
        mimeType: 'audio/webm',
      });
      expect(missing.statusCode).toBe(404);
    });

    it('stores out-of-order and repeated chunks once, serves them in order, finishes with the right duration', async () => {
      const { part } = await startPart('client-order');
      const order = [2, 0, 0, 3, 1, 2];
      const answers = [];
      for (const seq of order) {
        const res = await putChunk(part.id, seq, chunks[seq] ?? Buffer.alloc(0));
        expect(res.statusCode).toBe(200);
        answers.push(res.json<{ stored: boolean; contiguousUpTo: number }>());
      }
      expect(answers).toEqual([
        { stored: true, contiguousUpTo: -1 },
        { stored: true, contiguousUpTo: 0 },
        { stored: false, contiguousUpTo: 0 },
        { stored: true, contiguousUpTo: 0 },
        { stored: true, contiguousUpTo: 3 },
        { stored: false, contiguousUpTo: 3 },
      ]);
      const rows = await t.storage.db
        .selectFrom('recording_chunks')
        .select('seq')
        .where('part_id', '=', part.id)
        .execute();
      expect(rows).toHaveLength(4);
      // Different bytes under a stored number: refused.
      const changed = await putChunk(part.id, 1, Buffer.from('not the same'));
      expect(changed.statusCode).toBe(409);

      // Before finishing, the audio is the in-order bytes received: the original file exactly.
      const live = await getAudio(part.id);
      expect(live.statusCode).toBe(200);
      expect(sha(body(live))).toBe(sha(webm));

      const finish = await t.as(owner, 'POST', `/api/cases/${caseId}/recording-parts/${part.id}/finish`, {
        lastSeq: 3,
      });
      expect(finish.statusCode).toBe(202);
      const ready = await waitReady(part.id);
      expect(ready.status).toBe('ready');
      expect(ready.error).toBeNull();
      expect(Math.abs((ready.durationMs ?? 0) - 6000)).toBeLessThanOrEqual(200);
      const audio = await getAudio(part.id);
      expect(sha(body(audio))).toBe(ready.sha256);
      expect(Math.abs(probeSeconds(body(audio)) - 6)).toBeLessThanOrEqual(0.2);
      // Chunk files are gone once the part has its own file; the rows remain so a late retry is recognized.
      const late = await putChunk(part.id, 2, chunks[2] ?? Buffer.alloc(0));
      expect(late.json()).toEqual({ stored: false, contiguousUpTo: 3 });

      const peaks = await t.as(owner, 'GET', `/api/cases/${caseId}/recording-parts/${part.id}/peaks`);
      const p = peaks.json<{ durationMs: number; peaksPerSecond: number; peaks: number[] }>();
      expect(p.peaksPerSecond).toBe(10);
      expect(p.peaks.length).toBeGreaterThanOrEqual(59);
      expect(Math.max(...p.peaks)).toBeGreaterThan(0.1);
    });

    it('answers Range requests with 206 and the exact bytes, and 416 outside the file', async () => {
      const { part } = (await recording()).parts.find((x) => x.status === 'ready')
        ? { part: (await recording()).parts.find((x) => x.status === 'ready') as RecordingPart }
        : { part: null as never };
      const full = body(await getAudio(part.id));
      const mid = await getAudio(part.id, 'bytes=100-70000');
      expect(mid.statusCode).toBe(206);
      expect(mid.headers['accept-ranges']).toBe('bytes');
      expect(mid.headers['content-range']).toBe(
        `bytes 100-${Math.min(70000, full.length - 1)}/${full.length}`,
      );
      expect(body(mid).equals(full.subarray(100, 70001))).toBe(true);
      const tail = await getAudio(part.id, 'bytes=-10');
      expect(body(tail).equals(full.subarray(full.length - 10))).toBe(true);
      const open = await getAudio(part.id, `bytes=${full.length - 5}-`);
      expect(body(open).equals(full.subarray(full.length - 5))).toBe(true);
      const bad = await getAudio(part.id, `bytes=${full.length}-`);
      expect(bad.statusCode).toBe(416);
      expect(bad.headers['content-range']).toBe(`bytes */${full.length}`);
    });

    it('finishes a part nobody finished after 2 minutes of silence, with what arrived in order', async () => {
      const { part } = await startPart('client-crash', '2026-11-23T17:00:00Z');
      await putChunk(part.id, 0, chunks[0] ?? Buffer.alloc(0));
      await putChunk(part.id, 1, chunks[1] ?? Buffer.alloc(0));
      const ctx = t.ctx;
      expect(await sweepParts(ctx)).not.toContain(part.id);
      t.clock.now = new Date(t.clock.now.getTime() + 2 * 60 * 1000 + 1000);
      expect(await sweepParts(ctx)).toContain(part.id);
      const done = await waitReady(part.id);
      expect(done.status).toBe('ready');
      expect(done.durationMs).toBeGreaterThan(0);
      expect(done.durationMs).toBeLessThan(6000);
    });

    it('bookmarks: add, change, list in time order, delete', async () => {
      const rec = await recording();
      const url = `/api/cases/${caseId}/recordings/${rec.id}/bookmarks`;
      const a = await t.as(owner, 'POST', url, { atMs: 5000, kind: 'promised', note: 'OT twice a week' });
      expect(a.statusCode).toBe(201);
      const b = await t.as(owner, 'POST', url, { atMs: 1000, kind: 'agreed' });
      expect((await t.as(owner, 'POST', url, { atMs: 1, kind: 'maybe' })).statusCode).toBe(400);
      const changed = await t.as(
        owner,
        'PUT',
        `/api/cases/${caseId}/bookmarks/${a.json<{ id: string }>().id}`,
        {
          note: 'OT three times a week',
        },
      );
      expect(changed.json()).toMatchObject({ atMs: 5000, kind: 'promised', note: 'OT three times a week' });
      expect((await recording()).bookmarks.map((x) => x.atMs)).toEqual([1000, 5000]);
      const del = await t.as(
        owner,
        'DELETE',
        `/api/cases/${caseId}/bookmarks/${b.json<{ id: string }>().id}`,
      );
      expect(del.statusCode).toBe(204);
      expect((await recording()).bookmarks.map((x) => x.note)).toEqual(['OT three times a week']);
    });

    it('timeline: parts in start order, the break between them marked, not played', async () => {
      const rec = await recording();
      const ready = rec.parts.filter((p) => p.status === 'ready');
      expect(ready.length).toBeGreaterThanOrEqual(2);
      expect(rec.timeline.totalMs).toBe(ready.reduce((s, p) => s + (p.durationMs ?? 0), 0));
      const [first, second] = rec.timeline.parts.filter((p) => p.durationMs > 0);
      expect(second?.offsetMs).toBe(first?.durationMs);
      expect(rec.timeline.gaps.some((g) => g.gapMs > 60 * 60 * 1000)).toBe(true);
    });

    it('clips: cut across the timeline, downloaded with the name, listed in the manifest and the evidence zip', async () => {
      const rec = await recording();
      const made = await t.as(owner, 'POST', `/api/cases/${caseId}/recordings/${rec.id}/clips`, {
        fromMs: 1000,
        toMs: 3000,
        name: 'She said: "OT weekly"',
        format: 'mp3',
      });
      expect(made.statusCode).toBe(201);
      const clip = made.json<{ id: string; sha256: string }>();
      const file = await t.as(owner, 'GET', `/api/cases/${caseId}/clips/${clip.id}`);
      expect(file.headers['content-type']).toBe('audio/mpeg');
      expect(file.headers['content-disposition']).toBe('attachment; filename="She said OT weekly.mp3"');
      expect(sha(body(file))).toBe(clip.sha256);
      expect(Math.abs(probeSeconds(body(file)) - 2)).toBeLessThanOrEqual(0.2);
      const tooLong = await t.as(owner, 'POST', `/api/cases/${caseId}/recordings/${rec.id}/clips`, {
        fromMs: 0,
        toMs: rec.timeline.totalMs + 60_000,
        name: 'x',
        format: 'm4a',
      });
      expect(tooLong.statusCode).toBe(409);
      const zip = await t.as(owner, 'GET', `/api/cases/${caseId}/recordings/${rec.id}/evidence.zip`);
      expect(zip.statusCode).toBe(200);
      const zipBody = body(zip);
      expect(zipBody.subarray(0, 4).toString('hex')).toBe('504b0304');
      expect(zipBody.includes(Buffer.from('clips/She said OT weekly.mp3'))).toBe(true);
      expect(zipBody.includes(Buffer.from(clip.sha256))).toBe(true);
    });

    it('manifest: hashes that match the audio served; a tampered part is reported damaged, never played', async () => {
      const rec = await recording();
      const res = await t.as(owner, 'GET', `/api/cases/${caseId}/recordings/${rec.id}/manifest`);
      const manifest = res.json<{ parts: (RecordingPart & { verified: boolean })[]; bookmarks: unknown[] }>();
      const ready = manifest.parts.filter((p) => p.status === 'ready');
      for (const part of ready) {
        expect(part.verified).toBe(true);
        expect(sha(body(await getAudio(part.id)))).toBe(part.sha256);
      }
      expect(manifest.bookmarks).toHaveLength(1);
      expect(res.json<{ clips: { verified: boolean }[] }>().clips.map((c) => c.verified)).toEqual([true]);

      const victim = ready[0] as RecordingPart;
      const ctx = t.ctx;
      const row = await t.storage.db
        .selectFrom('recording_parts')
        .select('blob_id')
        .where('id', '=', victim.id)
        .executeTakeFirstOrThrow();
      const file = ctx.blobs.pathOf(row.blob_id ?? '');
      const bytes = fs.readFileSync(file);
      bytes.writeUInt8(bytes.readUInt8(100) ^ 1, 100);
      fs.writeFileSync(file, bytes);
      const audio = await getAudio(victim.id);
      expect(audio.statusCode).toBe(500);
      expect(audio.json<{ error: string }>().error).toMatch(/damaged/);
      const again = await t.as(owner, 'GET', `/api/cases/${caseId}/recordings/${rec.id}/manifest`);
      const part = again
        .json<{ parts: (RecordingPart & { verified: boolean })[] }>()
        .parts.find((p) => p.id === victim.id);
      expect(part?.verified).toBe(false);
      expect(part?.error).toMatch(/damaged/);
      // Truncated: also refused.
      fs.writeFileSync(file, bytes.subarray(0, bytes.length - 50));
      expect((await getAudio(victim.id)).statusCode).toBe(500);
    });

    it('another user gets 404 on the recording, its parts, audio and manifest', async () => {
      const rec = await recording();
      const part = rec.parts[0] as RecordingPart;
      for (const url of [
        `/api/cases/${caseId}/recordings`,
        `/api/cases/${caseId}/meetings/m1/recording`,
        `/api/cases/${caseId}/recording-parts/${part.id}/audio`,
        `/api/cases/${caseId}/recordings/${rec.id}/manifest`,
      ])
        expect((await t.as(stranger, 'GET', url)).statusCode, url).toBe(404);
      expect((await putChunk(part.id, 99, Buffer.from('x'), stranger)).statusCode).toBe(404);
    });

    it('a server stopped mid-recording loses nothing acknowledged, and finishes the part after restart', async () => {
      const { config, cleanup } = await target.freshConfig();
      try {
        let storage = await openStorage(config);
        let app = await buildApp(config, storage);
        const signUp = await app.inject({
          method: 'POST',
          url: '/api/auth/signup',
          payload: { name: 'R', email: 'restart@example.org', password: PASSWORD },
        });
        const who = {
          cookie: sessionCookie(signUp),
          csrf: signUp.json<{ csrfToken: string }>().csrfToken,
        };
        const headers = { cookie: who.cookie, 'x-csrf-token': who.csrf };
        const made = await app.inject({
          method: 'POST',
          url: '/api/cases/import',
          headers,
          payload: exampleCase(),
        });
        const id = made.json<{ id: string }>().id;
        const part = await app.inject({
          method: 'POST',
          url: `/api/cases/${id}/meetings/m1/recording/parts`,
          headers,
          payload: { clientPartId: 'r', startedAt: '2026-11-23T15:00:00Z', mimeType: 'audio/webm' },
        });
        const partId = part.json<RecordingPart>().id;
        const put = (seq: number) =>
          app.inject({
            method: 'PUT',
            url: `/api/cases/${id}/recording-parts/${partId}/chunks/${seq}`,
            headers: { ...headers, 'content-type': 'application/octet-stream' },
            payload: chunks[seq],
          });
        expect((await put(0)).statusCode).toBe(200);
        expect((await put(1)).statusCode).toBe(200);
        await app.close();
        await storage.close();

        storage = await openStorage(config);
        app = await buildApp(config, storage);
        const audio = await app.inject({
          method: 'GET',
          url: `/api/cases/${id}/recording-parts/${partId}/audio`,
          headers: { cookie: who.cookie },
        });
        expect(sha(Buffer.from(audio.rawPayload))).toBe(sha(webm.subarray(0, CUTS[2])));
        // The browser carries on where the server's answer says.
        expect((await put(2)).json()).toEqual({ stored: true, contiguousUpTo: 2 });
        expect((await put(3)).json()).toEqual({ stored: true, contiguousUpTo: 3 });
        await app.close();
        await storage.close();
      } finally {
        await cleanup();
      }
    });

    it('deleting the recording deletes its blob files', async () => {
      const { part } = await startPart('client-delete');
      await putChunk(part.id, 0, chunks[0] ?? Buffer.alloc(0));
      const rec = await recording();
      const ctx = t.ctx;
      const partBlobs = await t.storage.db
        .selectFrom('recording_parts')
        .select('blob_id')
        .where('recording_id', '=', rec.id)
        .execute();
      const chunkBlobs = await t.storage.db
        .selectFrom('recording_chunks')
        .select('blob_id')
        .where('part_id', '=', part.id)
        .execute();
      const files = [...partBlobs, ...chunkBlobs]
        .map((r) => r.blob_id)
        .filter((id): id is string => !!id)
        .map((id) => ctx.blobs.pathOf(id));
      expect(files.length).toBeGreaterThanOrEqual(3);
      for (const f of files) expect(fs.existsSync(f)).toBe(true);
      const del = await t.as(owner, 'DELETE', `/api/cases/${caseId}/recordings/${rec.id}`);
      expect(del.statusCode).toBe(204);
      for (const f of files) expect(fs.existsSync(f), f).toBe(false);
      expect((await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`)).statusCode).toBe(404);
    });
  });
});
