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

  it('lists the rules as JSON, with who must meet each and the plans it applies to', async () => {
    const run = await runCli(['deadline', '--list', '--json']);
    const rules = (JSON.parse(run.stdout) as { rules: { id: string; party: string; planTypes: string[] }[] })
      .rules;
    expect(rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['sunshine-response', 'idea-records', 'due-process-window', 'ocr-complaint']),
    );
    expect(rules.find((r) => r.id === 'idea-records')).toMatchObject({
      party: 'district',
      planTypes: ['IEP'],
    });
    const text = await runCli(['deadline', '--list']);
    expect(text.stdout).toMatch(/^due-process-window\s+parent\s+IEP\s+Due process: last day to file$/m);
  });

  it('300.511(e): due process counts forward from the day the parent knew', async () => {
    const run = await runCli(['deadline', 'due-process-window', '--from', '2024-12-05']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Due: .*December 5, 2026 \(the last day to file a due process complaint with DESE\)\. You must meet this deadline\./,
    );
    expect(run.stdout).toMatch(/Act by: .*December 4, 2026/);
    expect(run.stdout).toMatch(
      /Source: 34 CFR 300\.511\(e\).*This is the law\. PRIMARY: read in the source itself\./,
    );
  });

  it('610.023.3: --sent-at counts from the day the custodian receives it; --case shows what the district may count', async () => {
    const run = await runCli([
      'deadline',
      'sunshine-response',
      '--sent-at',
      '2026-11-20T18:00',
      '--case',
      example,
    ]);
    expect(run.code).toBe(0);
    // Friday 6:00 PM: received Monday Nov 23; Tue 24, Wed 25, (Thanksgiving) Fri 27.
    expect(run.stdout).toMatch(/Counted from: .*November 23, 2026/);
    expect(run.stdout).toMatch(/the next business day\. That is because it was sent at or after 5:00 PM/);
    expect(run.stdout).toMatch(/Due: .*November 27, 2026/);
    expect(run.stdout).toMatch(
      /The district may count these days: 2026-11-25 .*Then the date would be .*December 1, 2026/,
    );
  });

  it('--case gives the plan type and SSD district: the SSD Handbook binds a partner district', async () => {
    const run = await runCli([
      'deadline',
      'evaluation-decision',
      '--from',
      '2026-11-23',
      '--case',
      example,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    // The example case is in Hazelwood, an SSD partner district.
    expect(JSON.parse(run.stdout)).toMatchObject({ confidence: 'PRIMARY', kind: 'district-policy' });
    const plain = await runCli(['deadline', 'evaluation-decision', '--from', '2026-11-23', '--json']);
    expect(JSON.parse(plain.stdout)).toMatchObject({ confidence: 'SECONDARY' });
  });

  it('refuses an IDEA rule for a 504 plan with a plain message', async () => {
    const run = await runCli(['deadline', 'idea-records', '--from', '2026-11-23', '--plan', '504']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/does not apply to a 504 plan/);
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
