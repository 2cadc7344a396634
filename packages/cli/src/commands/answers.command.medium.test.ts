import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';
import { useCliCase } from '../test-support/cli-case.js';

// `iep answers --case ID --json` prints the same list as GET /api/cases/:id/answers, counted for --now in the
// case's zone; an unknown case is a plain error.

describe('iep answers', () => {
  const fx = useCliCase('answers');

  it('prints the list as JSON, with today in the case’s zone', async () => {
    // 3:00 AM UTC on Dec 5 is still Dec 4 in Chicago.
    const run = await runCli(
      ['answers', '--case', fx.caseId, '--now', '2026-12-05T03:00:00Z', '--json'],
      fx.env,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      today: '2026-12-04',
      items: [],
      counts: { waiting: 0, answered: 0, late: 0 },
    });
    const text = await runCli(['answers', '--case', fx.caseId], fx.env);
    expect(text.stdout).toContain('Nothing is owed yet.');
  });

  it('says so when there is no such case', async () => {
    const run = await runCli(['answers', '--case', 'nope', '--json'], fx.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no case with the id nope.');
  });
});
