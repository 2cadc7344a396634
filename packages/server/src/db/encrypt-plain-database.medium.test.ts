import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../config.js';
import { databaseKey, KeyFileError, readKeyFile } from '../keys/key-file.js';
import { importCaseFile, listCases } from '../cases/cases.service.js';
import { createUser, findUserByEmail } from '../accounts/users.service.js';
import {
  CHILD_NAME,
  fillDataFolder,
  keptDataFolder,
  openLikeReleaseBeforeEncryption,
  scanAtRest,
} from '../test-support/data-at-rest.js';
import { exampleCase } from '../test-support/test-app.js';
import { transcriptTestApp } from '../transcripts/transcripts.test-helper.js';
import { suffixes, type EncryptionStep } from './encrypt-plain-database.js';
import { openStorage } from './open-storage.js';
import { sqliteFileState } from '../files/sqlite-header.js';
import { DatabaseKeyError, openSqliteFile, tableCounts } from './sqlite-file.js';

// A data folder made by the release before encryption (its plain SQLite, its 0644/0755 modes) is encrypted in place
// at the first start of this one, with nothing lost; a start that dies at any step is finished by the next one.

const dbFile = (config: Config) => (config.database.kind === 'sqlite' ? config.database.file : '');

function countsWith(file: string, key: Buffer | null): Map<string, number> {
  const database = openSqliteFile(file, key, { readonly: true });
  try {
    return tableCounts(database);
  } finally {
    database.close();
  }
}

/** The modes the release before this one left (umask 022). */
function loosenLikeTheOldRelease(dataDir: string): void {
  fs.chmodSync(dataDir, 0o755);
  for (const entry of fs.readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.name !== 'blob.key') fs.chmodSync(file, entry.isDirectory() ? 0o755 : 0o644);
  }
}

describe('a database made by the release before encryption', () => {
  const folder = keptDataFolder(loadConfig);
  const file = dbFile(folder.config);
  let before: Map<string, number>;

  beforeAll(async () => {
    const t = await transcriptTestApp(folder.target, undefined, { open: openLikeReleaseBeforeEncryption });
    await fillDataFolder(t);
    await t.close();
    loosenLikeTheOldRelease(folder.config.dataDir);
    before = countsWith(file, null);
  }, 60_000);
  afterAll(() => folder.remove());

  it('is encrypted at the next start with every row kept, and no plaintext or open mode stays', async () => {
    // The test starts from what the old release really left: plaintext, readable by everyone.
    expect(sqliteFileState(file)).toBe('plain');
    expect(fs.readFileSync(file).includes(Buffer.from(CHILD_NAME))).toBe(true);
    expect(before.get('users')).toBe(1);
    expect(before.get('transcript_segments')).toBeGreaterThan(0);
    expect(before.get('letter_files')).toBe(1);

    const storage = await openStorage(folder.config);
    try {
      expect(storage.notices.join('\n')).toMatch(/Made \d+ files and folders private/);
      expect(storage.notices.join('\n')).toMatch(
        new RegExp(`Encrypted the database .*iep\\.sqlite \\(\\d+ tables, \\d+ rows, checked`),
      );
      const user = await findUserByEmail(storage, 'maria@example.org');
      expect(user).not.toBeNull();
      const cases = await listCases(storage, user?.id ?? '');
      expect(cases.map((c) => c.studentName)).toEqual([CHILD_NAME]);
      const key = databaseKey(readKeyFile(folder.config.keyFile));
      expect(countsWith(file, key)).toEqual(before);
      const letter = await storage.db.selectFrom('letter_files').select('content').executeTakeFirstOrThrow();
      expect(Buffer.from(letter.content).toString('utf8')).toContain(CHILD_NAME);
    } finally {
      await storage.close();
    }
    expect(sqliteFileState(file)).toBe('encrypted');
    const names = fs.readdirSync(folder.config.dataDir).sort();
    expect(names.filter((n) => n.startsWith('iep.sqlite'))).toEqual([
      'iep.sqlite',
      `iep.sqlite${suffixes.beforeEncryption}`,
    ]);
    // The copy from before is encrypted with the same key and holds the same rows.
    expect(
      countsWith(`${file}${suffixes.beforeEncryption}`, databaseKey(readKeyFile(folder.config.keyFile))),
    ).toEqual(before);
    expect(scanAtRest(folder.config.dataDir, [CHILD_NAME])).toEqual([]);
  });

  it('opens again without encrypting again, and refuses a wrong or missing key with a plain message', async () => {
    const again = await openStorage(folder.config);
    expect(again.notices).toEqual([]);
    await again.close();

    const bytes = fs.readFileSync(file);
    const original = fs.readFileSync(folder.config.keyFile);
    fs.writeFileSync(folder.config.keyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    const wrong = await openStorage(folder.config).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(DatabaseKeyError);
    expect((wrong as Error).message).toMatch(
      /cannot be opened with the key file .*blob\.key: that key does not belong to this database.*Restore the key file/,
    );

    fs.rmSync(folder.config.keyFile);
    const missing = await openStorage(folder.config).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(KeyFileError);
    expect((missing as Error).message).toMatch(/is missing, but .*the encrypted database .* exists/);
    expect(fs.existsSync(folder.config.keyFile)).toBe(false);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    fs.writeFileSync(folder.config.keyFile, original, { mode: 0o600 });
    await (await openStorage(folder.config)).close();
  });
});

describe('a start that dies while encrypting', () => {
  const STEPS: EncryptionStep[] = ['locked', 'backed-up', 'exported', 'verified', 'kept', 'switched'];

  it.each(STEPS)(
    'after the step "%s" leaves a state the next start finishes, with nothing lost',
    async (step) => {
      const folder = keptDataFolder(loadConfig);
      const file = dbFile(folder.config);
      try {
        const old = await openLikeReleaseBeforeEncryption(folder.config);
        const user = await createUser(old, {
          email: 'maria@example.org',
          name: 'Maria',
          password: 'correct horse battery staple',
          role: 'owner',
        });
        const student = exampleCase().student as Record<string, unknown>;
        const imported = await importCaseFile(old, user.id, {
          ...exampleCase(),
          student: { ...student, name: CHILD_NAME },
        });
        expect(imported.ok).toBe(true);
        await old.close();
        const before = countsWith(file, null);

        const crash = await openStorage(folder.config, {
          afterEncryptionStep: (reached) => {
            if (reached !== step) return;
            // A kill in the middle of the next write also leaves its partial files behind.
            if (step === 'locked' || step === 'backed-up') {
              fs.writeFileSync(`${file}${suffixes.plainBackup}${suffixes.partial}`, randomBytes(4096));
              fs.writeFileSync(`${file}${suffixes.encrypting}`, randomBytes(4096));
              fs.writeFileSync(`${file}${suffixes.encrypting}-journal`, randomBytes(512));
            }
            throw new Error('simulated crash');
          },
        }).catch((e: unknown) => e);
        expect((crash as Error).message).toBe('simulated crash');
        // Either the plain original or the verified encrypted database is in place.
        const state = sqliteFileState(file);
        const key = databaseKey(readKeyFile(folder.config.keyFile));
        expect(countsWith(file, state === 'plain' ? null : key)).toEqual(before);

        const storage = await openStorage(folder.config);
        try {
          const cases = await listCases(storage, user.id);
          expect(cases.map((c) => c.studentName)).toEqual([CHILD_NAME]);
          expect(storage.notices.join('\n')).toMatch(
            state === 'plain' ? /Encrypted the database/ : /Finished encrypting the database/,
          );
        } finally {
          await storage.close();
        }
        expect(sqliteFileState(file)).toBe('encrypted');
        expect(countsWith(file, key)).toEqual(before);
        expect(
          fs
            .readdirSync(folder.config.dataDir)
            .filter((n) => n.startsWith('iep.sqlite') && !/-(wal|shm)$/.test(n))
            .sort(),
        ).toEqual(['iep.sqlite', `iep.sqlite${suffixes.beforeEncryption}`]);
        expect(scanAtRest(folder.config.dataDir, [CHILD_NAME])).toEqual([]);
      } finally {
        folder.remove();
      }
    },
  );
});
