import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';
import { sweepParts } from './finalize.service.js';
import type { Recording, RecordingPart } from '@iep/core/contract';

// A browser offline for more than 2 minutes: the silence sweep finishes the part, then the network comes back
// and the rest of the part arrives. Nothing may be lost: the part is made again with every chunk.

const targets = await storageTargets();

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-late-test-'));
const webmFile = path.join(work, 'ten.webm');
execFileSync('ffmpeg', [
  ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=10'],
  ...['-c:a', 'libopus', '-b:a', '32k', '-f', 'webm', '-y', webmFile],
]);
const webm = fs.readFileSync(webmFile);

function probeSeconds(bytes: Buffer): number {
  const file = path.join(work, `probe-${Math.random().toString(36).slice(2)}.webm`);
  fs.writeFileSync(file, bytes);
  // Decode to the end and read the last time ffmpeg reports: a MediaRecorder-style stream has no duration
  // in its header, so only decoding says how much audio plays.
  const run = spawnSync('ffmpeg', ['-hide_banner', '-i', file, '-f', 'null', '-'], { encoding: 'utf8' });
  const times = [...run.stderr.matchAll(/time=(\d+):(\d+):([\d.]+)/g)];
  const last = times.at(-1);
  if (!last) throw new Error(`ffmpeg did not decode: ${run.stderr}`);
  return Number(last[1]) * 3600 + Number(last[2]) * 60 + Number(last[3]);
}

// Ten chunks cut at even byte offsets (not at frame edges, like MediaRecorder's timeslices need not be).
const CUTS = Array.from({ length: 11 }, (_, i) => Math.round((webm.length * i) / 10));
const chunks = CUTS.slice(1).map((end, i) => webm.subarray(CUTS[i], end));
const sourceSeconds = probeSeconds(webm);
const firstFiveSeconds = probeSeconds(webm.subarray(0, CUTS[5]));

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.each(targets)('late chunks on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;

    const put = (partId: string, seq: number, body: Buffer) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/cases/${caseId}/recording-parts/${partId}/chunks/${seq}`,
        headers: {
          cookie: owner.cookie,
          'x-csrf-token': owner.csrf,
          'content-type': 'application/octet-stream',
        },
        payload: body,
      });
    const startPart = async (clientPartId: string) =>
      (
        await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/m1/recording/parts`, {
          clientPartId,
          startedAt: t.clock.now.toISOString(),
          mimeType: 'audio/webm;codecs=opus',
        })
      ).json<RecordingPart>();
    const partNow = async (partId: string): Promise<RecordingPart> => {
      await t.ctx.settle();
      const rec = (await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`)).json<Recording>();
      const part = rec.parts.find((p) => p.id === partId);
      if (!part) throw new Error('part missing');
      return part;
    };
    const audio = async (partId: string) =>
      Buffer.from(
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/cases/${caseId}/recording-parts/${partId}/audio`,
            headers: { cookie: owner.cookie },
          })
        ).rawPayload,
      );
    const silence = (ms: number) => {
      t.clock.now = new Date(t.clock.now.getTime() + ms);
    };

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('late@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    it('a part the sweep finished takes the chunks that come after the network is back, and keeps them all', async () => {
      const part = await startPart('offline-3-minutes');
      for (let seq = 0; seq < 5; seq++)
        expect((await put(part.id, seq, chunks[seq] ?? Buffer.alloc(1))).statusCode).toBe(200);

      silence(3 * 60 * 1000);
      const ctx = t.ctx;
      expect(await sweepParts(ctx)).toContain(part.id);
      const swept = await partNow(part.id);
      expect(swept.status).toBe('ready');
      expect(Math.abs((swept.durationMs ?? 0) / 1000 - firstFiveSeconds)).toBeLessThan(0.2);
      expect(firstFiveSeconds).toBeLessThan(sourceSeconds - 3);

      // The network is back: the rest of the part, then the client's finish.
      for (let seq = 5; seq < 10; seq++) {
        const res = await put(part.id, seq, chunks[seq] ?? Buffer.alloc(1));
        expect(res.statusCode, res.body).toBe(200);
        // Until the new file is made, the file of the first five chunks still plays.
        if (seq === 5) expect(probeSeconds(await audio(part.id))).toBeCloseTo(firstFiveSeconds, 1);
      }
      const finish = await t.as(owner, 'POST', `/api/cases/${caseId}/recording-parts/${part.id}/finish`, {
        lastSeq: 9,
      });
      expect(finish.statusCode).toBe(202);
      const done = await partNow(part.id);
      expect(done.status).toBe('ready');
      expect(Math.abs((done.durationMs ?? 0) / 1000 - sourceSeconds)).toBeLessThan(0.2);
      expect(Math.abs(probeSeconds(await audio(part.id)) - sourceSeconds)).toBeLessThan(0.2);
      const rec = (await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`)).json<Recording>();
      expect(rec.parts).toHaveLength(1);

      // The client finished it now: a number after its last is refused, plainly.
      const late = await put(part.id, 10, Buffer.from('more'));
      expect(late.statusCode).toBe(409);
      expect(late.json<{ error: string }>().error).toMatch(/finished; start a new part/);
      expect(late.json<{ reason?: string }>().reason).toBeUndefined();
      // Different bytes under a number it has: the one 409 the recorder must not retry.
      const differs = await put(part.id, 9, Buffer.from('other bytes'));
      expect(differs.statusCode).toBe(409);
      expect(differs.json<{ reason?: string }>().reason).toBe('chunk-differs');
      // A repeat of a chunk it has is still fine (a retry whose answer was lost).
      expect((await put(part.id, 9, chunks[9] ?? Buffer.alloc(1))).statusCode).toBe(200);
    });

    it('a part the sweep finished and the client never came back to is made again at the next silence', async () => {
      const part = await startPart('offline-twice');
      for (let seq = 0; seq < 5; seq++) await put(part.id, seq, chunks[seq] ?? Buffer.alloc(1));
      silence(3 * 60 * 1000);
      await sweepParts(t.ctx);
      expect((await partNow(part.id)).status).toBe('ready');
      for (let seq = 5; seq < 10; seq++) await put(part.id, seq, chunks[seq] ?? Buffer.alloc(1));
      expect((await partNow(part.id)).status).toBe('recording');
      silence(3 * 60 * 1000);
      expect(await sweepParts(t.ctx)).toContain(part.id);
      const done = await partNow(part.id);
      expect(done.status).toBe('ready');
      expect(Math.abs((done.durationMs ?? 0) / 1000 - sourceSeconds)).toBeLessThan(0.2);
    });
  });
});
