import { PERMISSION_REFUSALS } from '@iep/core';
import type { CaseMember } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, waitingEngine, type World } from '../test-support/route-fixture.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type Session, type TestApp } from '../test-support/test-app.js';
import { AUDIO_GRANT_MESSAGES } from './audio-grant.service.js';
import { SHARING_MESSAGES } from './case-invitations.service.js';

// The owner's audio grant for an advocate, on both databases: refused before, allowed while granted (reads and
// writes: the matrix sends members' reads only), refused again on the very next request after a withdrawal; only
// the owner changes it, only for an advocate; each change on the paper trail once.

const targets = await storageTargets();

describe.each(targets)('the audio grant on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let w: World;
    let advocate: Session;
    let advocateId = '';
    const base = () => `/api/cases/${w.caseId}`;
    const members = async () =>
      (await t.as(w.session, 'GET', `${base()}/members`)).json<{ members: CaseMember[] }>().members;
    const grant = (who: Session, memberId: string, audioGranted: unknown) =>
      t.as(who, 'PATCH', `${base()}/members/${memberId}`, { audioGranted });
    const clip = () => t.as(advocate, 'GET', `${base()}/clips/${w.clipId}`);
    const link = () =>
      t.as(advocate, 'POST', `${base()}/recordings/${w.recordingId}/links`, {
        fromMs: 100,
        toMs: 600,
        title: 'Breaks in math',
        audience: 'teacher',
        expiresInDays: 7,
      });

    beforeAll(async () => {
      t = await createTestApp(target, {}, { transcription: waitingEngine() });
      w = await buildWorld(t, 'parent', 'Juniper Vale');
      advocate = w.members.advocate;
      advocateId = (await members()).find((m) => m.userId === advocate.userId)?.id ?? '';
    }, 120_000);
    afterAll(async () => t?.close());

    it('refuses an advocate audio until the owner grants it, then lets them download and share, then refuses again at once', async () => {
      const refused = await clip();
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toEqual({ error: PERMISSION_REFUSALS['export-audio'] });
      expect((await link()).statusCode).toBe(403);

      const granted = await grant(w.session, advocateId, true);
      expect(granted.statusCode, granted.body).toBe(200);
      expect(granted.json<CaseMember>()).toMatchObject({
        id: advocateId,
        role: 'advocate',
        audioGranted: true,
      });
      expect(granted.json<CaseMember>().audioGrantedAt).toBe(t.clock.now.toISOString());
      const downloaded = await clip();
      expect(downloaded.statusCode).toBe(200);
      expect(downloaded.headers['content-type']).toMatch(/^audio\//);
      expect(
        (await t.as(advocate, 'GET', `${base()}/recordings/${w.recordingId}/evidence.zip`)).statusCode,
      ).toBe(200);
      const made = await link();
      expect(made.statusCode, made.body).toBe(201);
      // The advocate's pages read their own grant from the members route (they show the audio buttons by it).
      const yours = async () =>
        (await t.as(advocate, 'GET', `${base()}/members`)).json<{ yourAudioGranted: boolean }>()
          .yourAudioGranted;
      expect(await yours()).toBe(true);
      // The grant is audio only: the advocate still may not change the case or manage people.
      expect((await t.as(advocate, 'DELETE', `${base()}/members/${w.memberId}`)).statusCode).toBe(403);

      const withdrawn = await grant(w.session, advocateId, false);
      expect(withdrawn.json<CaseMember>()).toMatchObject({ audioGranted: false, audioGrantedAt: null });
      expect((await clip()).statusCode).toBe(403);
      expect((await t.as(advocate, 'GET', `${base()}/links`)).statusCode).toBe(403);
      expect((await members()).find((m) => m.id === advocateId)?.audioGranted).toBe(false);
      expect(await yours()).toBe(false);
    });

    it('puts each change on the paper trail once, in plain words', async () => {
      const kinds = async () =>
        (await t.as(w.session, 'GET', `${base()}/timeline`))
          .json<{ events: { kind: string; summary: string }[] }>()
          .events.filter((e) => e.kind.startsWith('member.audio'));
      const before = (await kinds()).length;
      await grant(w.session, advocateId, true);
      await grant(w.session, advocateId, true);
      await grant(w.session, advocateId, false);
      const events = await kinds();
      expect(events.length - before).toBe(2);
      const people = await members();
      const owner = people.find((m) => m.role === 'owner')?.name ?? '';
      const advocateName = people.find((m) => m.id === advocateId)?.name ?? '';
      expect(owner).not.toBe('');
      // The test's clock stands still, so both have the same time: the trail's order among them is not checked.
      expect(events.map((e) => e.summary)).toEqual(
        expect.arrayContaining([
          `${owner} let ${advocateName} download recordings and clips.`,
          `${owner} stopped ${advocateName} from downloading recordings and clips.`,
        ]),
      );
    });

    it('lets only the owner change it, and only for an advocate', async () => {
      const viewerId = (await members()).find((m) => m.userId === w.members.viewer.userId)?.id ?? '';
      const coParentId = (await members()).find((m) => m.userId === w.members['co-parent'].userId)?.id ?? '';
      const byCoParent = await grant(w.members['co-parent'], advocateId, true);
      expect(byCoParent.statusCode).toBe(403);
      expect(byCoParent.json()).toEqual({ error: PERMISSION_REFUSALS['manage-members'] });
      expect((await grant(advocate, advocateId, true)).statusCode).toBe(403);
      for (const id of [viewerId, coParentId, `owner-${w.caseId}`]) {
        const answer = await grant(w.session, id, true);
        expect(answer.statusCode, id).toBe(409);
        expect(answer.json()).toEqual({ error: AUDIO_GRANT_MESSAGES.notGrantable });
      }
      expect((await grant(w.session, 'no-such-member', true)).statusCode).toBe(404);
      expect((await grant(w.session, advocateId, 'yes')).statusCode).toBe(400);
      expect((await members()).find((m) => m.id === advocateId)?.audioGranted).toBe(false);
      // With a viewer's invitation the grant is refused plainly, and no link is made.
      const invite = await t.as(w.session, 'POST', `${base()}/invitations`, {
        email: 'someone@example.org',
        role: 'viewer',
        audioGranted: true,
      });
      expect(invite.statusCode).toBe(422);
      expect(invite.json()).toEqual({ error: SHARING_MESSAGES.audioForAdvocates });
    });

    it('gives an advocate invited with the grant audio from joining on', async () => {
      const audio = w.members['advocate-audio'];
      const listed = (await members()).find((m) => m.userId === audio.userId);
      expect(listed?.audioGranted).toBe(true);
      expect((await t.as(audio, 'GET', `${base()}/clips/${w.clipId}`)).statusCode).toBe(200);
    });
  });
});
