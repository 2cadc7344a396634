import fs from 'node:fs';
import { join } from 'node:path';
import type { IepComparison } from '@iep/core';
import { describe, expect, it } from 'vitest';
import { textPdf } from '../../../server/src/binder/binder.test-helper.js';
import { runCli } from '../run-cli.test-helper.js';
import { useCliCase } from '../test-support/cli-case.js';

// `iep check-iep FILE --case ID --meeting ID --json` on the SQLite data folder with a real PDF made here: the
// example case's reading service (150 minutes a week, resource room) against an IEP that writes 90.

describe('iep check-iep', () => {
  const fx = useCliCase('check-iep');

  it('prints missing, differs and new with the quote and page', async () => {
    const pdf = join(fx.dir, 'iep.pdf');
    fs.writeFileSync(
      pdf,
      await textPdf([
        ['INDIVIDUALIZED EDUCATION PROGRAM'],
        ['Services', 'Reading  90 minutes  weekly  Resource room', 'Occupational therapy 30 minutes monthly'],
      ]),
    );
    const run = await runCli(['check-iep', pdf, '--case', fx.caseId, '--meeting', 'm1', '--json'], fx.env);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as IepComparison;
    expect(Object.keys(out)).toEqual(['missing', 'differs', 'new', 'settledCount']);
    expect(out.missing).toEqual([]);
    expect(out.differs).toMatchObject([
      {
        topicId: 'reading',
        what: 'minutes',
        document: { page: 2, quote: 'Reading 90 minutes weekly Resource room' },
        settled: { from: 'case', moment: null, amount: { minutes: 150, per: 'week' } },
      },
    ]);
    expect(out.new.map((f) => f.topicId)).toEqual(['ot']);
    const plain = await runCli(['check-iep', pdf, '--case', fx.caseId, '--meeting', 'm1'], fx.env);
    expect(plain.stdout).toContain('The document, page 2: "Reading 90 minutes weekly Resource room"');
  }, 60_000);

  it('says plainly when the file or the meeting is not there', async () => {
    const missing = await runCli(
      ['check-iep', join(fx.dir, 'nope.pdf'), '--case', fx.caseId, '--meeting', 'm1'],
      fx.env,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no file at');
    const pdf = join(fx.dir, 'iep.pdf');
    const meeting = await runCli(['check-iep', pdf, '--case', fx.caseId, '--meeting', 'm9'], fx.env);
    expect(meeting.code).toBe(1);
    expect(meeting.stderr).toMatch(/meeting/i);
  });
});
