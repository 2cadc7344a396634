import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { openStorage, type Storage } from '../db/open-storage.js';
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from './sessions.repository.js';

// Every signed-in request looks up its session, and the repository keeps what it found for a moment. What must
// not wait for that moment: a sign-out, the sweep of ended sessions, and a touch that moves the expiry.

const targets = await storageTargets();

describe.each(targets)('kept sessions on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    const at = '2026-11-23T15:00:00.000Z';
    const session = (id: string, expires: string) => ({
      id,
      user_id: 'u1',
      csrf_token: `csrf-${id}`,
      created_at: at,
      last_seen_at: at,
      expires_at: expires,
    });

    beforeAll(async () => {
      const fresh = await target.freshConfig();
      cleanup = fresh.cleanup;
      storage = await openStorage(fresh.config);
      await storage.db
        .insertInto('users')
        .values({
          id: 'u1',
          email: 'u1@example.org',
          name: 'U One',
          password_hash: 'x',
          role: 'owner',
          created_at: at,
        })
        .execute();
    });
    afterAll(async () => {
      await storage?.close();
      await cleanup?.();
    });

    it('forgets a signed-out session at once, though it was just read', async () => {
      await insertSession(storage.db, session('s-out', '2026-11-24T03:00:00.000Z'));
      expect((await findSessionWithUser(storage.db, 's-out'))?.user.email).toBe('u1@example.org');
      await deleteSession(storage.db, 's-out');
      expect(await findSessionWithUser(storage.db, 's-out')).toBeNull();
    });

    it('forgets swept sessions at once and keeps the others', async () => {
      await insertSession(storage.db, session('s-old', '2026-11-23T16:00:00.000Z'));
      await insertSession(storage.db, session('s-new', '2026-11-24T03:00:00.000Z'));
      expect(await findSessionWithUser(storage.db, 's-old')).not.toBeNull();
      expect(await findSessionWithUser(storage.db, 's-new')).not.toBeNull();
      await deleteExpiredSessions(storage.db, '2026-11-23T17:00:00.000Z');
      expect(await findSessionWithUser(storage.db, 's-old')).toBeNull();
      expect((await findSessionWithUser(storage.db, 's-new'))?.session.csrf_token).toBe('csrf-s-new');
    });

    it('gives the moved expiry of a touch at once', async () => {
      await insertSession(storage.db, session('s-touch', '2026-11-24T03:00:00.000Z'));
      await findSessionWithUser(storage.db, 's-touch');
      await touchSession(storage.db, 's-touch', '2026-11-23T18:00:00.000Z', '2026-11-24T06:00:00.000Z');
      const found = await findSessionWithUser(storage.db, 's-touch');
      expect(found?.session.expires_at).toBe('2026-11-24T06:00:00.000Z');
      expect(found?.session.last_seen_at).toBe('2026-11-23T18:00:00.000Z');
    });
  });
});
