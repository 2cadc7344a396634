import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';
import { useCliCase } from '../test-support/cli-case.js';
import { parseDays } from './link.command.js';

describe('parseDays', () => {
  it('reads 7d, 7 days and 7', () => {
    expect(parseDays('7d')).toBe(7);
    expect(parseDays('30 days')).toBe(30);
    expect(parseDays('1')).toBe(1);
    expect(parseDays('a week')).toBeNull();
    expect(parseDays('7h')).toBeNull();
  });
});

describe('iep link on the SQLite data folder (real ffmpeg)', () => {
  let recordingId = '';
  const fx = useCliCase('link', async ({ dir, env, caseId }) => {
    const wav = join(dir, 'meeting.wav');
    execFileSync('/usr/bin/ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=20'],
      wav,
    ]);
    await runCli(['recording', 'import', wav, '--case', caseId, '--meeting', 'm1', '--json'], env);
    const listed = JSON.parse(
      (await runCli(['recording', 'list', '--case', caseId, '--json'], env)).stdout,
    ) as {
      recordings: { id: string }[];
    };
    recordingId = listed.recordings[0]?.id ?? '';
  });

  it('prints {"id","url"} at IEP_PUBLIC_URL, else at the local address, and revokes', async () => {
    const args = [
      'link',
      'create',
      '--recording',
      recordingId,
      '--from',
      '5',
      '--to',
      '00:12',
      '--expires',
      '7d',
    ];
    const made = await runCli([...args, '--json'], { ...fx.env, IEP_PUBLIC_URL: 'https://iep.example.org' });
    expect(made.code, made.stderr).toBe(0);
    const link = JSON.parse(made.stdout) as { id: string; url: string };
    expect(Object.keys(link).sort()).toEqual(['id', 'url']);
    expect(link.url).toBe(`https://iep.example.org/l/${link.id}`);

    const local = JSON.parse((await runCli([...args, '--json'], { ...fx.env, IEP_PORT: '4321' })).stdout) as {
      url: string;
    };
    expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:4321\/l\/[A-Za-z0-9][A-Za-z0-9_-]{21}$/);

    const revoked = await runCli(['link', 'revoke', link.id, '--json'], fx.env);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(JSON.parse(revoked.stdout)).toMatchObject({ id: link.id, state: 'revoked' });
  }, 60_000);

  it('refuses a bad expiry, a part past the end, and an unknown recording or link, in plain words', async () => {
    const base = ['link', 'create', '--recording', recordingId, '--from', '0', '--to', '5'];
    const longer = await runCli([...base, '--expires', '91d'], fx.env);
    expect(longer.code).toBe(2);
    expect(longer.stderr).toContain('--expires must be 1d to 90d');
    const past = await runCli(
      ['link', 'create', '--recording', recordingId, '--from', '0', '--to', '60'],
      fx.env,
    );
    expect(past.code).toBe(1);
    expect(past.stderr).toMatch(/ends after the recording/);
    const unknown = await runCli(
      ['link', 'create', '--recording', 'nope', '--from', '0', '--to', '5'],
      fx.env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('This recording was not found');
    const noLink = await runCli(['link', 'revoke', 'nope'], fx.env);
    expect(noLink.code).toBe(1);
    expect(noLink.stderr).toContain('This link was not found');
  }, 60_000);
});
