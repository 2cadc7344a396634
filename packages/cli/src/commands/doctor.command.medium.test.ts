import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../../server/src/test-support/storage-targets.js';
import { runCli } from '../run-cli.test-helper.js';

// `iep doctor` and `iep key export` on a real data folder, with SQLite and with PostgreSQL.

const targets = await storageTargets();

interface Report {
  ok: boolean;
  checks: { level: 'ok' | 'warning' | 'problem'; topic: string; message: string }[];
}

describe.each(targets)('iep doctor on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let env: NodeJS.ProcessEnv;
    let dataDir: string;
    let cleanup: () => Promise<void>;
    const doctor = async (...args: string[]) => {
      const run = await runCli(['doctor', '--json', ...args], env);
      return { code: run.code, report: JSON.parse(run.stdout) as Report };
    };
    const line = (report: Report, topic: string) => report.checks.filter((c) => c.topic === topic);

    beforeAll(async () => {
      const fresh = await target.freshConfig();
      cleanup = fresh.cleanup;
      dataDir = fresh.config.dataDir;
      env = {
        IEP_DATA_DIR: dataDir,
        IEP_PASSWORD: 'correct horse battery staple',
        ...(fresh.config.database.kind === 'postgres' ? { DATABASE_URL: fresh.config.database.url } : {}),
      };
      const created = await runCli(
        ['user', 'create', '--email', 'maria@example.org', '--name', 'Maria'],
        env,
      );
      expect(created.code, created.stderr).toBe(0);
    });
    afterAll(async () => cleanup?.());

    it('says the database is encrypted (SQLite) or how its connection and disk stand (PostgreSQL)', async () => {
      const { report } = await doctor();
      const database = line(report, 'Database');
      if (target.name === 'sqlite') {
        expect(database).toEqual([
          expect.objectContaining({
            level: 'ok',
            message: expect.stringMatching(
              /is encrypted \(SQLCipher 4, AES-256\) and opens with the key file/,
            ),
          }),
        ]);
      } else {
        // The test server is on 127.0.0.1 without TLS: fine for a connection that never leaves the computer.
        expect(database[0]).toMatchObject({
          level: 'ok',
          message: expect.stringMatching(/on this computer \(127\.0\.0\.1\)/),
        });
        expect(database[1]).toMatchObject({
          level: 'warning',
          message: expect.stringMatching(/unencrypted on its own disk/),
        });
      }
      expect(line(report, 'Key file')).toEqual([expect.objectContaining({ level: 'ok' })]);
      expect(line(report, 'File modes')).toEqual([expect.objectContaining({ level: 'ok' })]);
      expect(line(report, 'Disk space')[0]?.message).toMatch(/free for the data folder/);
    });

    it('reminds to export the key until it is, then says when; the copy is 0600 and never overwrites', async () => {
      expect(line((await doctor()).report, 'Key backup')[0]).toMatchObject({
        level: 'warning',
        message: expect.stringMatching(/never been exported. Run "iep key export --out FILE"/),
      });
      const out = path.join(path.dirname(dataDir), `${path.basename(dataDir)}-key-copy`);
      const exported = await runCli(['key', 'export', '--out', out], env, '2026-12-01T18:00:00Z');
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toContain(
        `Wrote a copy of the key file to ${out} on Tuesday, December 1, 2026.`,
      );
      expect(fs.statSync(out).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(out)).toEqual(fs.readFileSync(path.join(dataDir, 'keys', 'blob.key')));
      expect(line((await doctor()).report, 'Key backup')[0]).toMatchObject({
        level: 'ok',
        message: `The key file was last exported on 2026-12-01 to ${out}.`,
      });

      const again = await runCli(['key', 'export', '--out', out], env);
      expect(again).toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/already exists.*nothing was overwritten/),
      });
      const inside = await runCli(['key', 'export', '--out', path.join(dataDir, 'copy.key')], env);
      expect(inside).toMatchObject({ code: 1, stderr: expect.stringMatching(/inside the data folder/) });
      fs.rmSync(out);
    });

    it('exits 1 on a problem (a folder others can read), and --fix makes it private', async () => {
      fs.chmodSync(path.join(dataDir, 'keys'), 0o755);
      const bad = await doctor();
      expect(bad.code).toBe(1);
      expect(bad.report.ok).toBe(false);
      expect(line(bad.report, 'File modes')[0]).toMatchObject({
        level: 'problem',
        message: expect.stringMatching(/keys \(folder 0755\).*iep doctor --fix/),
      });
      const plain = await runCli(['doctor'], env);
      expect(plain.stdout).toMatch(
        /^Problem {2}File modes: Other accounts on this computer can read 1 entry/m,
      );
      expect(plain.stdout).toMatch(/^OK {7}Key file: /m);
      expect(plain.stdout).toMatch(/1 problem and \d+ warnings?: see the lines above\.$/m);

      const fixed = await doctor('--fix');
      expect(fixed.code).toBe(0);
      expect(line(fixed.report, 'File modes')[0]?.message).toMatch(/1 were tightened just now/);
      expect(fs.statSync(path.join(dataDir, 'keys')).mode & 0o777).toBe(0o700);
    });
  });
});

describe('iep doctor on a SQLite data folder in trouble', () => {
  it('reports an unencrypted database and a missing key file as problems', async () => {
    const [sqlite] = targets;
    if (!sqlite) throw new Error('no sqlite target');
    const fresh = await sqlite.freshConfig();
    try {
      const env = { IEP_DATA_DIR: fresh.config.dataDir, IEP_PASSWORD: 'correct horse battery staple' };
      await runCli(['user', 'create', '--email', 'maria@example.org', '--name', 'Maria'], env);
      fs.rmSync(path.join(fresh.config.dataDir, 'keys', 'blob.key'));
      const missing = await runCli(['doctor', '--json'], env);
      expect(missing.code).toBe(1);
      const report = JSON.parse(missing.stdout) as Report;
      expect(report.checks.filter((c) => c.level === 'problem').map((c) => c.topic)).toEqual([
        'Database',
        'Key file',
      ]);
      expect(report.checks.find((c) => c.topic === 'Key file')?.message).toMatch(
        /is missing, but the encrypted database/,
      );

      // A server start says the same, plainly, and makes no new key.
      const start = await runCli(['case', 'list'], env);
      expect(start.code).toBe(1);
      expect(start.stderr).toMatch(/^The key file .* is missing/);
      expect(fs.existsSync(path.join(fresh.config.dataDir, 'keys', 'blob.key'))).toBe(false);

      const file = path.join(fresh.config.dataDir, 'iep.sqlite');
      fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]));
      const plain = JSON.parse((await runCli(['doctor', '--json'], env)).stdout) as Report;
      expect(plain.checks.find((c) => c.topic === 'Database')).toMatchObject({
        level: 'problem',
        message: expect.stringMatching(/is not encrypted \(it starts with the plain SQLite header\)/),
      });
    } finally {
      await fresh.cleanup();
    }
  });
});
