import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.test-helper.js';

const example = fileURLToPath(new URL('../../server/src/test-fixtures/case.example.json', import.meta.url));

describe('iep deadline', () => {
  it("counts Sunshine business days past Lincoln Day and Washington's Birthday", async () => {
    const run = await runCli(['deadline', 'sunshine-response', '--from', '2026-02-10', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ rule: 'sunshine-response', from: '2026-02-10', due: '2026-02-17' });
    expect(String(result['citation'])).toContain('610.023');
    expect(result['confidence']).toBe('PRIMARY');
  });

  it('refuses an impossible date with a plain message and a non-zero exit', async () => {
    const run = await runCli(['deadline', 'sunshine-response', '--from', '2026-02-30']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/2026-02-30/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses an unknown rule', async () => {
    const run = await runCli(['deadline', 'no-such-rule', '--from', '2026-02-10']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('iep deadline --list');
  });

  it('lists the rules as JSON', async () => {
    const run = await runCli(['deadline', '--list', '--json']);
    const ids = (JSON.parse(run.stdout) as { rules: { id: string }[] }).rules.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['sunshine-response', 'idea-records', 'due-process-window', 'ocr-complaint']),
    );
  });
});

describe('iep plan', () => {
  const ids = [
    'records-request',
    'recording-notice',
    'data-review',
    'concerns-letter',
    'support-person',
    'meeting-checklist',
    'follow-up',
    'pwn-request',
  ];

  it('plans the example case meeting m1 with every task, times carrying an offset', async () => {
    const run = await runCli([
      'plan',
      '--case',
      example,
      '--meeting',
      'm1',
      '--now',
      '2026-11-23T12:00',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as {
      tasks: { id: string; due: string; latest: string | null; status: string }[];
    };
    expect(plan.tasks.map((t) => t.id).sort()).toEqual([...ids].sort());
    const notice = plan.tasks.find((t) => t.id === 'recording-notice');
    // First session 2026-12-07 09:00 in Chicago (CST, -06:00): latest is 24 hours before.
    expect(notice?.latest).toMatch(/^2026-12-06T09:00:00(\.000)?-06:00$/);
    for (const task of plan.tasks) expect(task.due).toMatch(/[+-]\d{2}:\d{2}$/);
  });

  it('plans a bare meeting time in America/Chicago by default', async () => {
    const run = await runCli([
      'plan',
      '--meeting',
      '2026-12-07T09:00',
      '--now',
      '2026-11-23T12:00',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { timeZone: string; tasks: { id: string }[] };
    expect(plan.timeZone).toBe('America/Chicago');
    expect(plan.tasks).toHaveLength(8);
  });

  it('uses --tz for a bare meeting time', async () => {
    const run = await runCli([
      'plan',
      '--meeting',
      '2026-12-07T09:00',
      '--tz',
      'America/New_York',
      '--now',
      '2026-11-23T12:00',
      '--json',
    ]);
    const plan = JSON.parse(run.stdout) as { firstSessionStart: string };
    expect(plan.firstSessionStart).toMatch(/^2026-12-07T09:00:00(\.000)?-05:00$/);
  });

  it('refuses an unknown time zone and an unknown meeting id plainly', async () => {
    const zone = await runCli(['plan', '--meeting', '2026-12-07T09:00', '--tz', 'Mars/Base']);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('not a time zone');
    const meeting = await runCli(['plan', '--case', example, '--meeting', 'nope']);
    expect(meeting.code).toBe(2);
    expect(meeting.stderr).toContain('m1');
  });

  it('lists every problem of an invalid case file with its JSON path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iep-cli-'));
    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({ format: 'iep-ready/case@9', student: { dateOfBirth: '2026-02-30' } }),
    );
    const run = await runCli(['case', 'check', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('$.format');
    expect(run.stderr).toContain('$.student.dateOfBirth');
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"format": ');
    const runBroken = await runCli(['case', 'check', broken]);
    expect(runBroken.stderr).toContain('not valid JSON');
  });

  it('warns plainly for a meeting that has already happened', async () => {
    const run = await runCli([
      'plan',
      '--meeting',
      '2026-11-01T09:00',
      '--now',
      '2026-11-23T12:00',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { warnings: { code: string }[] };
    expect(plan.warnings.map((w) => w.code)).toContain('meeting-past');
  });
});
