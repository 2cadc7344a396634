import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp, loadConfig, openStorage } from '@iep/server';
import { runCli } from '../run-cli.test-helper.js';
import { useCliCase } from '../test-support/cli-case.js';

// `iep case backup` on the SQLite data folder, with a real imported recording (ffmpeg), compared with what the
// server's GET /api/cases/:id/backup.zip gives for the same case at the same instant. Ids may start with "-"
// (base64url), so they are passed after "--".

const NOW = '2026-11-23T18:00:00Z';
const PASSWORD = 'correct horse battery staple';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const entries = (zip: string) =>
  execFileSync('unzip', ['-Z1', zip]).toString().split('\n').filter(Boolean).sort();
const entry = (zip: string, name: string) => execFileSync('unzip', ['-p', zip, name], { maxBuffer: 1 << 28 });

describe('iep case backup on the SQLite data folder (real ffmpeg)', () => {
  const fx = useCliCase('backup', async ({ dir, env, caseId }) => {
    const wav = join(dir, 'phone memo.wav');
    execFileSync('/usr/bin/ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=3'],
      wav,
    ]);
    const imported = await runCli(['recording', 'import', wav, '--case', caseId, '--meeting', 'm1'], env);
    expect(imported.code).toBe(0);
  });

  it('writes the zip with the recording, its original and hashes that match; the same zip as the server', async () => {
    const out = join(fx.dir, 'backup.zip');
    const run = await runCli(['case', 'backup', '--out', out, '--', fx.caseId], fx.env, NOW);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('NOT encrypted');
    execFileSync('unzip', ['-tq', out]);
    const names = entries(out);
    expect(names).toEqual(
      expect.arrayContaining([
        'README.txt',
        'case.json',
        'timeline.json',
        'letters/sent.json',
        'recordings/m1/manifest.json',
        'recordings/m1/originals/1-phone memo.wav',
      ]),
    );
    const partName = names.find((n) => /^recordings\/m1\/part-1-.*\.webm$/.test(n)) ?? '';
    const manifest = JSON.parse(entry(out, 'recordings/m1/manifest.json').toString()) as {
      parts: { id: string; sha256: string }[];
      files: Record<string, string>;
    };
    expect(manifest.files[manifest.parts[0]?.id ?? '']).toBe(partName);
    expect(sha(entry(out, partName))).toBe(manifest.parts[0]?.sha256);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);

    // The server, on the same data folder at the same instant, gives the same zip.
    const config = loadConfig(fx.env);
    const storage = await openStorage(config);
    const app = await buildApp(config, storage, { now: () => new Date(NOW) });
    try {
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email: 'maria@example.org', password: PASSWORD },
      });
      const cookie = signIn.cookies.find((c) => c.name === 'iep_session');
      const res = await app.inject({
        method: 'GET',
        url: `/api/cases/${fx.caseId}/backup.zip`,
        headers: { cookie: `iep_session=${cookie?.value ?? ''}` },
      });
      expect(res.statusCode).toBe(200);
      expect(Buffer.from(res.rawPayload).equals(fs.readFileSync(out))).toBe(true);

      // The original in the zip is the stored original, decrypted, byte for byte.
      const row = await storage.db
        .selectFrom('recording_parts')
        .select('original_blob_id')
        .executeTakeFirstOrThrow();
      const stored: Buffer[] = [];
      for await (const chunk of app.appContext.blobs.openRead(row.original_blob_id ?? ''))
        stored.push(chunk as Buffer);
      const original = entry(out, 'recordings/m1/originals/1-phone memo.wav');
      expect(original.length).toBeGreaterThan(100_000);
      expect(original.equals(Buffer.concat(stored))).toBe(true);
      // ...and the stored original is the parent's file, every byte of it (the import once lost its first 64 KiB).
      expect(original.equals(fs.readFileSync(join(fx.dir, 'phone memo.wav')))).toBe(true);
    } finally {
      await app.close();
      await storage.close();
    }
  }, 60_000);

  it('refuses to overwrite a file without --force, and says plainly when the case is unknown', async () => {
    const out = join(fx.dir, 'taken.zip');
    fs.writeFileSync(out, 'keep me');
    const refused = await runCli(['case', 'backup', '--out', out, '--', fx.caseId], fx.env, NOW);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runCli(['case', 'backup', '--force', '--out', out, '--', fx.caseId], fx.env, NOW);
    expect(forced.code).toBe(0);
    expect(entries(out)).toContain('case.json');

    const missing = await runCli(
      ['case', 'backup', 'no-such-case', '--out', join(fx.dir, 'none.zip')],
      fx.env,
      NOW,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no case with the id no-such-case.');
    expect(fs.existsSync(join(fx.dir, 'none.zip'))).toBe(false);
    expect(fs.existsSync(join(fx.dir, 'none.zip.partial'))).toBe(false);
  });
});
