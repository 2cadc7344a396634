import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textPdf } from '../../../server/src/binder/binder.test-helper.js';
import { runCli } from '../run-cli.test-helper.js';
import { useCliCase } from '../test-support/cli-case.js';

// `iep binder --case ID --out binder.pdf --zip originals.zip --json` on a SQLite data folder: the same build as the
// app's, the PDF read back with pdftotext (contents, stamps) and the ZIP with unzip; bad input is a plain error.

describe('iep binder', () => {
  const fx = useCliCase(
    'binder',
    async ({ dir, env, caseId }) => {
      const iep = join(dir, 'iep.pdf');
      fs.writeFileSync(iep, await textPdf([['Services: speech 60 minutes weekly'], ['Signatures']]));
      const added = await runCli(
        ['documents', 'add', iep, '--case', caseId, '--kind', 'iep', '--date', '2026-10-01'],
        env,
      );
      expect(added.code, added.stderr).toBe(0);
    },
    120_000,
  );

  it('writes the stamped PDF and the ZIP of originals, and prints the build as JSON', async () => {
    const out = join(fx.dir, 'binder.pdf');
    const zip = join(fx.dir, 'originals.zip');
    const run = await runCli(['binder', '--case', fx.caseId, '--out', out, '--zip', zip, '--json'], fx.env);
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as { exhibits: number; pages: number; pdfBytes: number };
    expect(printed.exhibits).toBeGreaterThanOrEqual(2);
    expect(printed.pdfBytes).toBe(fs.statSync(out).size);
    expect(fs.statSync(out).mode & 0o077).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Table of contents');
    expect(text).toMatch(/Exhibit \d+, page 2 of 2/);
    expect(text).toContain('Services: speech 60 minutes weekly');
    const names = execFileSync('unzip', ['-Z1', zip]).toString();
    expect(names).toContain('SHA-256.txt');
    expect(names).toContain('documents/2026-10-01 iep.pdf');
  });

  it('says so plainly for an unknown case or purpose', async () => {
    const none = await runCli(['binder', '--case', 'nope', '--out', join(fx.dir, 'x.pdf')], fx.env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('There is no case nope');
    expect(fs.existsSync(join(fx.dir, 'x.pdf'))).toBe(false);
    const purpose = await runCli(
      ['binder', '--case', fx.caseId, '--out', join(fx.dir, 'y.pdf'), '--purpose', 'x'],
      fx.env,
    );
    expect(purpose.code).toBe(2);
    expect(purpose.stderr).toContain('--purpose must be one of');
  });
});
