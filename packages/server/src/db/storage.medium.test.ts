import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createUser, findOwner, findUserByEmail } from '../accounts/users.service.js';
import {
  exportCaseFile,
  getCaseEvents,
  getStoredCase,
  importCaseFile,
  listCases,
  replaceCaseFile,
} from '../cases/cases.service.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { exampleCase } from '../test-support/test-app.js';
import { MigrationError, migrateToLatest, openStorage, type Storage } from './open-storage.js';

const targets = await storageTargets();

describe.each(targets)('storage on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      const fresh = await target.freshConfig();
      cleanup = fresh.cleanup;
      storage = await openStorage(fresh.config);
    });
    afterAll(async () => {
      await storage?.close();
      await cleanup?.();
    });

    it('applies the migrations, records them, and a second run applies nothing', async () => {
      expect(storage.dialect).toBe(target.name);
      // SQLite's full-text indexes keep their own shadow tables (transcript_segments_fts_*, document_pages_fts_*):
      // not ours to list.
      const tables = (await storage.db.introspection.getTables())
        .map((t) => t.name)
        .filter(
          (name) => !name.startsWith('transcript_segments_fts') && !name.startsWith('document_pages_fts'),
        )
        .sort();
      expect(tables).toEqual([
        'account_invitations',
        'answer_marks',
        'bookmarks',
        'case_events',
        'case_invitations',
        'case_members',
        'cases',
        'clips',
        'companion_entries',
        'document_pages',
        'documents',
        'escalation_known_dates',
        'evidence_builds',
        'guest_codes',
        'guest_sessions',
        'jobs',
        'letter_drafts',
        'letter_files',
        'letters_sent',
        'plan_task_status',
        'recording_chunks',
        'recording_parts',
        'recordings',
        'sessions',
        'share_links',
        'sign_in_limits',
        'student_views',
        'transcript_corrections',
        'transcript_items',
        'transcript_segments',
        'transcripts',
        'users',
      ]);
      const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(storage.db);
      expect(applied.rows.map((r) => r.name)).toEqual([
        '2026-11-23T1300-initial',
        '2026-11-23T1330-letters',
        '2026-11-23T1410-recordings',
        '2026-11-23T1420-jobs',
        '2026-11-23T1500-transcripts',
        '2026-11-23T1510-transcript-items',
        '2026-12-04T0600-sign-in-limits',
        '2026-12-04T0610-account-invitations',
        '2026-12-04T0700-letters-received',
        '2026-12-04T0800-live-transcripts',
        '2026-12-04T1300-companion',
        '2026-12-04T1400-companion-bookmarks',
        '2026-12-04T1500-binder-documents',
        '2026-12-04T1640-escalation-known-dates',
        '2026-12-04T1710-share-links',
        '2026-12-04T1720-answer-marks',
        '2026-12-04T1730-case-members',
        '2026-12-04T1800-evidence-builds',
        '2026-12-04T1810-guest-codes',
        '2026-12-04T2200-member-audio-grant',
        '2026-12-05T1200-draft-changed-by',
      ]);
      expect(await migrateToLatest(storage.db)).toEqual([]);
    });

    it('stores users with a normalized email and an argon2id hash, first one the owner', async () => {
      expect(await findOwner(storage)).toBeNull();
      const owner = await createUser(storage, {
        email: ' Owner@Example.org',
        name: 'Owner',
        password: 'a long password',
      });
      expect(owner).toMatchObject({ email: 'owner@example.org', role: 'owner' });
      const member = await createUser(storage, {
        email: 'm@example.org',
        name: 'M',
        password: 'a long password',
      });
      expect(member.role).toBe('member');
      expect(await findOwner(storage)).toEqual(owner);
      expect(await findUserByEmail(storage, 'OWNER@example.org ')).toEqual(owner);
      const row = await storage.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', owner.id)
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      await expect(
        createUser(storage, { email: 'owner@example.org', name: 'X', password: 'a long password' }),
      ).rejects.toThrow(/already exists/);
    });

    it('round-trips a case file and keeps ids, with foreign keys and a version check', async () => {
      const owner = await findOwner(storage);
      if (!owner) throw new Error('owner missing');
      const result = await importCaseFile(storage, owner.id, exampleCase());
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const file = await exportCaseFile(storage, owner.id, result.id);
      expect(file?.meetings.map((m) => m.id)).toEqual(['m1']);
      expect(file?.team.map((m) => m.id)).toEqual(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']);
      expect((await listCases(storage, owner.id, new Date('2026-11-23T00:00:00Z')))[0]).toMatchObject({
        id: result.id,
        ssd: true,
        nextMeeting: { id: 'm1' },
      });

      const member = await findUserByEmail(storage, 'm@example.org');
      expect(await getStoredCase(storage, member?.id ?? '', result.id)).toBeNull();
      expect(await getCaseEvents(storage, member?.id ?? '', result.id)).toBeNull();

      const stored = await getStoredCase(storage, owner.id, result.id);
      if (!stored) throw new Error('case missing');
      const changed = { ...stored.file, student: { ...stored.file.student, grade: '8' } };
      const first = await replaceCaseFile(storage, owner.id, result.id, stored.version, changed);
      expect(first).toMatchObject({ kind: 'ok', value: { version: 2, file: { student: { grade: '8' } } } });
      expect(await replaceCaseFile(storage, owner.id, result.id, stored.version, changed)).toMatchObject({
        kind: 'conflict',
      });
      expect((await getCaseEvents(storage, owner.id, result.id))?.map((e) => e.kind)).toEqual([
        'case.imported',
        'case.updated',
      ]);

      // A case cannot point at a user that does not exist.
      await expect(
        storage.db
          .insertInto('cases')
          .values({
            ...{ id: 'x', owner_id: 'nobody', student_name: 'x', district: 'x', plan_type: 'IEP' },
            ssd_partner: 0,
            document: '{}',
            version: 1,
            created_at: 'x',
            updated_at: 'x',
          })
          .execute(),
      ).rejects.toThrow();
    });

    it('refuses an invalid import and stores nothing', async () => {
      const owner = await findOwner(storage);
      const before = await storage.db.selectFrom('cases').select('id').execute();
      const result = await importCaseFile(storage, owner?.id ?? '', { format: 'iep-ready/case@1' });
      expect(result.ok).toBe(false);
      expect(await storage.db.selectFrom('cases').select('id').execute()).toEqual(before);
    });
  });
});

describe('a failing migration', () => {
  it('throws a MigrationError naming the migration and keeps the ones before it', async () => {
    const [sqlite] = await storageTargets();
    if (!sqlite) throw new Error('no sqlite target');
    const fresh = await sqlite.freshConfig();
    const storage = await openStorage(fresh.config);
    try {
      const broken = {
        getMigrations: async () => ({
          ...(await migrationProvider.getMigrations()),
          // Named to sort after every real migration, so it stays the new one as migrations are added.
          '9999-12-31T2359-broken': {
            up: async (db: Kysely<unknown>) => void (await sql`create table users (id text)`.execute(db)),
          },
        }),
      };
      const error = await migrateToLatest(storage.db, broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as Error).message).toMatch(
        /database update "9999-12-31T2359-broken" failed, so the server did not start/,
      );
      expect((await storage.db.introspection.getTables()).map((t) => t.name)).toContain('cases');
    } finally {
      await storage.close();
      await fresh.cleanup();
    }
  });
});

describe('a database that cannot be reached', () => {
  it('stops the start with a MigrationError that says why', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-unreachable-'));
    const config = loadConfig({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      IEP_DATA_DIR: dataDir,
    });
    const error = await openStorage(config).catch((e: unknown) => e);
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/Could not reach the database/);
  });
});
