import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.js';

// The guest codes of one world (route-fixture.ts), made through the API: a waiting code (to join with), a spare one
// to end, a guest who joined (their cookie and CSRF token), a guest whose access the family ended, and a code whose
// time ran out (its expiry moved into the past).

export interface GuestWorld {
  guests: {
    /** A waiting code, as shown (ABCD-2345). */
    joinCode: string;
    spareCodeId: string;
    /** The joined guest: the Cookie header and the CSRF token of their session; their code (used). */
    cookie: string;
    csrf: string;
    usedCode: string;
    /** A guest whose access was ended: cookie, token and code. */
    endedCookie: string;
    endedCsrf: string;
    endedCode: string;
    expiredCode: string;
  };
}

type As = (c: { method: 'POST' | 'DELETE'; url: string; body?: unknown }) => Promise<LightMyRequestResponse>;

let phones = 0;

/**
 * Joins with a code as a signed-out phone: the guest's Cookie header and CSRF token. Each join comes from an address
 * of its own, so making worlds never spends the tries a minute per address that the tests themselves count.
 */
export async function joinAsGuest(t: TestApp, code: string, name: string) {
  phones += 1;
  const joined = await t.app.inject({
    method: 'POST',
    url: '/api/guest/join',
    payload: { code, name },
    remoteAddress: `10.9.${Math.floor(phones / 250) % 250}.${(phones % 250) + 1}`,
  });
  const cookie = joined.cookies.find((c) => c.name === 'iep_guest');
  if (joined.statusCode !== 200 || !cookie)
    throw new Error(`Joining as a guest failed (${joined.statusCode}: ${joined.body})`);
  return { cookie: `iep_guest=${cookie.value}`, csrf: joined.json<{ csrfToken: string }>().csrfToken };
}

export async function buildGuestWorld(t: TestApp, as: As, caseId: string): Promise<GuestWorld> {
  const codes = `/api/cases/${caseId}/meetings/m1/guest-codes`;
  const make = async () => (await as({ method: 'POST', url: codes })).json<{ id: string; code: string }>();
  const waiting = await make();
  const spare = await make();
  const used = await make();
  const joined = await joinAsGuest(t, used.code, 'Aunt Rosa');
  const ended = await make();
  const endedGuest = await joinAsGuest(t, ended.code, 'Uncle Tom');
  await as({ method: 'DELETE', url: `${codes}/${ended.id}` });
  const expired = await make();
  await t.storage.db
    .updateTable('guest_codes')
    .set({ expires_at: new Date(t.clock.now.getTime() - 1000).toISOString() })
    .where('id', '=', expired.id)
    .execute();
  return {
    guests: {
      joinCode: waiting.code,
      spareCodeId: spare.id,
      cookie: joined.cookie,
      csrf: joined.csrf,
      usedCode: used.code,
      endedCookie: endedGuest.cookie,
      endedCsrf: endedGuest.csrf,
      endedCode: ended.code,
      expiredCode: expired.code,
    },
  };
}
