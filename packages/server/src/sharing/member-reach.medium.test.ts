import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PERMISSION_REFUSALS } from '@iep/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, tone } from '../media/media.test-helper.js';
import { MESSAGES } from '../http/errors.js';
import { joinCase } from '../test-support/sharing-fixture.js';
import { memberIdByEmail, removeCaseMember } from './case-invitations.service.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { tusClient } from '../test-support/tus-client.js';
import { webmSecond } from '../test-support/route-fixture.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// Members beyond /api/cases/:id, over real HTTP (tus answers on the raw socket, and a removal must cut a real
// connection): a co-parent uploads a recording to the shared case by tus and the owner sees it, the roles without
// 'write-case' are refused, and removing a member ends an upload or an audio stream they have open, with 404 on
// their next request.

const targets = await storageTargets();

describe.each(targets)('members reaching uploads and streams on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;
    let base: string;
    let dir: string;
    let audioFile: string;
    const tus = tusClient(() => base);
    const who = { id: '', name: 'owner' };
    let joined = 0;

    const join = (role: 'co-parent' | 'advocate' | 'viewer', id = caseId, host = who) =>
      joinCase(t, id, host, role, `member-${(joined += 1)}@example.org`);

    async function removeMember(member: Session) {
      const list = await t.as(owner, 'GET', `/api/cases/${caseId}/members`);
      const row = list.json<{ members: { id: string; userId: string }[] }>().members;
      const memberId = row.find((m) => m.userId === member.userId)?.id ?? '';
      const removed = await t.as(owner, 'DELETE', `/api/cases/${caseId}/members/${memberId}`);
      expect(removed.statusCode, removed.body).toBe(204);
    }

    async function importParts() {
      const response = await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`);
      if (response.statusCode !== 200) return [];
      return response
        .json<{ parts: { source: string; status: string; originalName?: string | null }[] }>()
        .parts.filter((p) => p.source === 'import');
    }

    const openCalls = (member: Session) => t.ctx.openCalls.count(caseId, member.userId);

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('owner@example.org');
      who.id = owner.userId;
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const address = t.app.server.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      base = `http://127.0.0.1:${address.port}`;
      dir = tempDir();
      audioFile = tone(path.join(dir, 'meeting.m4a'), 3, ['-c:a', 'aac']);
    }, 60_000);
    afterAll(async () => {
      await t?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('lets a co-parent upload a recording to the shared case by tus, and the owner sees it', async () => {
      const coParent = await join('co-parent');
      const created = await tus.create(coParent, audioFile, caseId);
      expect(created.status, created.body).toBe(201);
      const location = String(created.headers.location);
      const sent = await tus.patch(coParent, location, 0, fs.readFileSync(audioFile));
      expect(sent.status, sent.body).toBe(204);
      await expect
        .poll(async () => (await importParts()).map((p) => p.status), { timeout: 20_000 })
        .toEqual(['ready']);
      // Their upload is on the case's paper trail as theirs, and nothing of theirs is left open.
      const trail = (await t.as(owner, 'GET', `/api/cases/${caseId}/timeline`)).body;
      expect(trail).toContain('POST /api/uploads');
      expect(trail).toContain('PATCH /api/uploads/:uploadId');
      expect(openCalls(coParent)).toBe(0);
    });

    it('refuses an advocate and a viewer an upload, and a member of another case gets 404 like a stranger', async () => {
      const before = (await importParts()).length;
      for (const role of ['advocate', 'viewer'] as const) {
        const member = await join(role);
        const refused = await tus.create(member, audioFile, caseId);
        expect(refused.status, role).toBe(403);
        expect(JSON.parse(refused.body)).toEqual({ error: PERMISSION_REFUSALS['write-case'] });
      }
      // The owner's own upload in progress: a viewer may neither ask how far it got nor add to it.
      const mine = await tus.create(owner, audioFile, caseId);
      const location = String(mine.headers.location);
      const viewer = await join('viewer');
      expect((await tus.send(viewer, 'HEAD', location, {})).status).toBe(403);
      expect((await tus.patch(viewer, location, 0, Buffer.alloc(16, 1))).status).toBe(403);
      expect(Number((await tus.send(owner, 'HEAD', location, {})).headers['upload-offset'])).toBe(0);
      // A co-parent of another family's case.
      const host = await t.signUp('host@example.org');
      const hostCase = (await t.as(host, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>()
        .id;
      const other = await join('co-parent', hostCase, { id: host.userId, name: 'host' });
      const stranger = await tus.create(other, audioFile, caseId);
      expect(stranger.status).toBe(404);
      expect(JSON.parse(stranger.body)).toEqual({ error: MESSAGES.caseNotFound });
      expect((await tus.send(other, 'HEAD', location, {})).status).toBe(404);
      expect((await importParts()).length).toBe(before);
      expect((await tus.send(owner, 'DELETE', location, {})).status).toBe(204);
    });

    it('cuts off an upload piece a removed member is sending, and refuses their next piece with 404', async () => {
      const coParent = await join('co-parent');
      const bytes = fs.readFileSync(audioFile);
      const created = await tus.create(coParent, audioFile, caseId);
      const location = String(created.headers.location);
      const half = Math.floor(bytes.length / 2);
      expect((await tus.patch(coParent, location, 0, bytes.subarray(0, half))).status).toBe(204);
      // The next piece is on its way: some bytes sent, the rest held back, the connection open.
      const piece = bytes.subarray(half);
      let ended: 'answered' | 'cut' | null = null;
      const request = http.request(`${base}${location}`, {
        method: 'PATCH',
        headers: {
          cookie: coParent.cookie,
          'x-csrf-token': coParent.csrf,
          'tus-resumable': '1.0.0',
          'upload-offset': half,
          'content-type': 'application/offset+octet-stream',
          'content-length': piece.length,
        },
      });
      request.on('response', (response) => {
        ended = 'answered';
        response.resume();
      });
      request.on('error', () => (ended ??= 'cut'));
      request.write(piece.subarray(0, 100));
      await expect.poll(() => openCalls(coParent)).toBe(1);
      await removeMember(coParent);
      await expect.poll(() => ended, { timeout: 5_000 }).toBe('cut');
      expect(openCalls(coParent)).toBe(0);
      // What was stored before the removal stays; nothing after it is taken.
      const head = await tus.send(owner, 'HEAD', location, {});
      const offset = Number(head.headers['upload-offset']);
      expect(offset).toBeGreaterThanOrEqual(half);
      expect(offset).toBeLessThanOrEqual(half + 100);
      const next = await tus.patch(coParent, location, offset, bytes.subarray(offset));
      expect(next.status).toBe(404);
      expect(JSON.parse(next.body)).toEqual({ error: MESSAGES.caseNotFound });
      expect((await tus.send(coParent, 'HEAD', location, {})).status).toBe(404);
      expect(Number((await tus.send(owner, 'HEAD', location, {})).headers['upload-offset'])).toBe(offset);
      // The owner finishes it.
      expect((await tus.patch(owner, location, offset, bytes.subarray(offset))).status).toBe(204);
    });

    /**
     * A part still recording, read from its chunks: a second of WebM, then 12 MB more, so the answer cannot sit
     * whole in the socket's buffers while the listener reads nothing. `get` asks for its audio as a member.
     */
    async function longAudio(clientPartId: string) {
      const started = await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/m1/recording/parts`, {
        clientPartId,
        startedAt: t.clock.now.toISOString(),
        mimeType: 'audio/webm',
      });
      const partId = started.json<{ id: string }>().id;
      const pieces = [webmSecond(), randomBytes(4_000_000), randomBytes(4_000_000), randomBytes(4_000_000)];
      for (const [seq, payload] of pieces.entries()) {
        const put = await t.app.inject({
          method: 'PUT',
          url: `/api/cases/${caseId}/recording-parts/${partId}/chunks/${seq}`,
          headers: {
            cookie: owner.cookie,
            'x-csrf-token': owner.csrf,
            'content-type': 'application/octet-stream',
          },
          payload,
        });
        expect(put.statusCode, put.body).toBe(200);
      }
      const size = pieces.reduce((sum, p) => sum + p.length, 0);
      const audioUrl = `${base}/api/cases/${caseId}/recording-parts/${partId}/audio`;
      const get = (member: Session, range?: string) =>
        new Promise<http.IncomingMessage>((resolve, reject) =>
          http
            .get(audioUrl, { headers: { cookie: member.cookie, ...(range ? { range } : {}) } }, resolve)
            .on('error', reject),
        );
      return { size, get };
    }

    /** The whole file, read one piece and then not at all: the server holds the answer open. */
    async function holdOpen(get: (member: Session) => Promise<http.IncomingMessage>, member: Session) {
      const whole = await get(member);
      expect(whole.statusCode).toBe(200);
      const state = { received: 0 };
      whole.on('data', (data: Buffer) => {
        if (state.received === 0) whole.pause();
        state.received += data.length;
      });
      const closed = new Promise<boolean>((resolve) => {
        whole.on('close', () => resolve(whole.complete));
      });
      await expect.poll(() => state.received).toBeGreaterThan(0);
      return { whole, state, closed };
    }

    it('closes the audio a removed member is streaming, and answers their next Range request with 404', async () => {
      const { size, get } = await longAudio('long-part');
      const viewer = await join('viewer');
      const first = await get(viewer, 'bytes=0-99');
      expect(first.statusCode).toBe(206);
      first.resume();
      const { whole, state, closed } = await holdOpen(get, viewer);
      expect(openCalls(viewer)).toBe(1);
      await removeMember(viewer);
      whole.resume();
      expect(await closed).toBe(false);
      expect(state.received).toBeLessThan(size);
      expect(openCalls(viewer)).toBe(0);
      const next = await get(viewer, 'bytes=100-199');
      expect(next.statusCode).toBe(404);
      next.resume();
      // The owner still plays it.
      const owners = await get(owner, 'bytes=0-99');
      expect(owners.statusCode).toBe(206);
      owners.resume();
    }, 60_000);

    it('closes the audio of a member removed outside this server (iep case unshare), within a few seconds', async () => {
      const { size, get } = await longAudio('long-part-cli');
      const viewer = await join('viewer');
      const email = `member-${joined}@example.org`;
      const { whole, state, closed } = await holdOpen(get, viewer);
      expect(openCalls(viewer)).toBe(1);
      // What the CLI does: the membership ends in the database, and this server is not told.
      const memberId = await memberIdByEmail(t.storage, caseId, email);
      expect(memberId).not.toBeNull();
      await removeCaseMember(t.storage, caseId, memberId ?? '', who, t.clock.now);
      // The server's next membership sweep (every 2 s) cuts the call off; then the listener reads on and finds the
      // answer ended early.
      await expect.poll(() => openCalls(viewer), { timeout: 10_000 }).toBe(0);
      whole.resume();
      expect(await closed).toBe(false);
      expect(state.received).toBeLessThan(size);
    }, 60_000);
  });
});
