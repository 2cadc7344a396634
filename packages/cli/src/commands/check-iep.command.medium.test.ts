import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IepComparison } from '@iep/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPdf } from '../../../server/src/binder/binder.test-helper.js';
import { runCli } from '../run-cli.test-helper.js';

// `iep check-iep FILE --case ID --meeting ID --json` on the SQLite data folder with a real PDF made here: the
// example case's reading service (150 minutes a week, resource room) against an IEP that writes 90.

const example = fileURLToPath(
  new URL('../../../server/src/test-fixtures/case.example.json', import.meta.url),
);
const PASSWORD = 'correct horse battery staple';

describe('iep check-iep', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iep-cli-check-iep-'));
    env = { IEP_DATA_DIR: join(dir, 'data'), IEP_PASSWORD: PASSWORD };
    await runCli(['user', 'create', '--email', 'maria@example.org', '--name', 'Maria', '--json'], env);
    caseId = (JSON.parse((await runCli(['case', 'import', example, '--json'], env)).stdout) as { id: string })
      .id;
  }, 60_000);
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('prints missing, differs and new with the quote and page', async () => {
    const pdf = join(dir, 'iep.pdf');
    fs.writeFileSync(
      pdf,
      await textPdf([
        ['INDIVIDUALIZED EDUCATION PROGRAM'],
        ['Services', 'Reading  90 minutes  weekly  Resource room', 'Occupational therapy 30 minutes monthly'],
      ]),
    );
    const run = await runCli(['check-iep', pdf, '--case', caseId, '--meeting', 'm1', '--json'], env);
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
    const plain = await runCli(['check-iep', pdf, '--case', caseId, '--meeting', 'm1'], env);
    expect(plain.stdout).toContain('The document, page 2: "Reading 90 minutes weekly Resource room"');
  }, 60_000);

  it('says plainly when the file or the meeting is not there', async () => {
    const missing = await runCli(
      ['check-iep', join(dir, 'nope.pdf'), '--case', caseId, '--meeting', 'm1'],
      env,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no file at');
    const pdf = join(dir, 'iep.pdf');
    const meeting = await runCli(['check-iep', pdf, '--case', caseId, '--meeting', 'm9'], env);
    expect(meeting.code).toBe(1);
    expect(meeting.stderr).toMatch(/meeting/i);
  });
});
