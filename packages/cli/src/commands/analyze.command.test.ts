import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';

const example = fileURLToPath(
  new URL('../../../server/src/test-fixtures/case.example.json', import.meta.url),
);

describe('iep analyze', () => {
  it('prints the findings and the service totals as JSON', async () => {
    const run = await runCli(['analyze', '--case', example, '--as-of', '2026-11-20', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      findings: Record<string, unknown>[];
      services: Record<string, unknown>[];
    };
    for (const f of out.findings)
      expect(Object.keys(f).sort()).toEqual([
        'code',
        'evidence',
        'goalId',
        'question',
        'serviceId',
        'severity',
      ]);
    const codes = out.findings.map((f) => `${String(f['goalId'] ?? f['serviceId'])}:${String(f['code'])}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'g1:mastered-contradicted',
        'g2:mastered-without-data',
        's1:missed-service-minutes',
        's1:service-log-gaps',
      ]),
    );
    // By hand (packages/core/src/analysis/analyze-case.test.ts): 1860 required, 1170 delivered, 540 marked missed
    // and owed; the 150 minutes of the week with no log entries are unknown, not missed.
    expect(out.services).toEqual([
      expect.objectContaining({
        serviceId: 's1',
        requiredMinutes: 1860,
        deliveredMinutes: 1170,
        excusedMinutes: 0,
        makeUpMinutes: 0,
        shortfallMinutes: 540,
        owedMinutes: 540,
        unknownMinutes: 150,
        unknownWeeks: 1,
        logStatus: 'partial',
        deliveryRate: 0.6842,
      }),
    ]);
  });

  it('prints a readable report with questions, the ledger and the caveat', async () => {
    const run = await runCli(['analyze', '--case', example, '--as-of', '2026-11-20']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Questions to ask the team:');
    expect(run.stdout).toMatch(
      /s1 Specialized instruction in reading: 1860 \/ 1170 \/ 0 \/ 540 \/ 0 \/ 540 \/ 150, 68\.4%/,
    );
    expect(run.stdout).toContain('We count minutes as missed only when the log marks a session missed.');
    expect(run.stdout).toContain('Reid v. District of Columbia');
  });

  it("defaults --as-of to today in the case's zone (the clock says 2026-11-23)", async () => {
    const run = await runCli(['analyze', '--case', example, '--json'], {}, '2026-11-24T02:00:00Z');
    expect((JSON.parse(run.stdout) as { asOf: string }).asOf).toBe('2026-11-23');
  });

  it('refuses an impossible date and a missing file with plain messages', async () => {
    const bad = await runCli(['analyze', '--case', example, '--as-of', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/2026-02-30" is not a real date/);
    const missing = await runCli(['analyze', '--case', '/no/such/case.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no file at/);
    expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('has help', async () => {
    const run = await runCli(['analyze', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--as-of <date>');
  });
});
