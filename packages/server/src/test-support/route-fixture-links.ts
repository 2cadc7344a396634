import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.js';

// The shared links of one world (route-fixture.ts), made through the API: a clip link that works, a spare one to
// revoke, one with a passphrase, one revoked, one expired (its expiry moved into the past), and a student view
// with its short code (and a spare to revoke).

export interface LinkWorld {
  linkId: string;
  spareLinkId: string;
  studentViewId: string;
  spareStudentViewId: string;
  links: {
    passphraseLinkId: string;
    passphrase: string;
    revokedLinkId: string;
    expiredLinkId: string;
    studentCode: string;
    revokedStudentViewId: string;
  };
}

type As = (c: { method: 'POST' | 'DELETE'; url: string; body?: unknown }) => Promise<LightMyRequestResponse>;

export async function buildLinkWorld(
  t: TestApp,
  as: As,
  caseId: string,
  recordingId: string,
): Promise<LinkWorld> {
  const base = `/api/cases/${caseId}`;
  const make = async (title: string, passphrase?: string) =>
    (
      await as({
        method: 'POST',
        url: `${base}/recordings/${recordingId}/links`,
        body: {
          fromMs: 0,
          toMs: 800,
          title,
          audience: 'teacher',
          expiresInDays: 7,
          ...(passphrase ? { passphrase } : {}),
        },
      })
    ).json<{ id: string }>().id;
  const linkId = await make('What we agreed');
  const spareLinkId = await make('Spare');
  const passphrase = 'blue kite seven';
  const passphraseLinkId = await make('With a passphrase', passphrase);
  const revokedLinkId = await make('Revoked');
  await as({ method: 'DELETE', url: `${base}/links/${revokedLinkId}` });
  const expiredLinkId = await make('Expired');
  await t.storage.db
    .updateTable('share_links')
    .set({ expires_at: new Date(t.clock.now.getTime() - 1000).toISOString() })
    .where('id', '=', expiredLinkId)
    .execute();
  const view = async (title: string) =>
    (
      await as({
        method: 'POST',
        url: `${base}/student-views`,
        body: { title, expiresInDays: 30, items: [{ note: 'What we agreed about breaks.', linkId }] },
      })
    ).json<{ id: string; code: string }>();
  const student = await view('For you');
  const spare = await view('Spare');
  const revoked = await view('Revoked');
  await as({ method: 'DELETE', url: `${base}/student-views/${revoked.id}` });
  return {
    linkId,
    spareLinkId,
    studentViewId: student.id,
    spareStudentViewId: spare.id,
    links: {
      passphraseLinkId,
      passphrase,
      revokedLinkId,
      expiredLinkId,
      studentCode: student.code,
      revokedStudentViewId: revoked.id,
    },
  };
}
