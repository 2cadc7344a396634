import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { companionAgenda, companionRoster, foldCompanion, parseCaseFile } from '@iep/core';
import type { Companion, CompanionEntry } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';

// `iep letter follow-up --from-companion FILE`: the answers come from an `iep companion export --json` file.

const example = fileURLToPath(
  new URL('../../../server/src/test-fixtures/case.example.json', import.meta.url),
);
let dir: string;
let exportFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iep-companion-cli-'));
  const parsed = parseCaseFile(JSON.parse(await readFile(example, 'utf8')));
  if (!parsed.ok) throw new Error('example case does not parse');
  const file = parsed.value;
  const agenda = companionAgenda(file, {
    requests: [{ kind: 'service', request: 'Speech therapy twice a week' }],
  });
  const card = agenda[0];
  if (card === undefined) throw new Error('no agenda');
  const entries: CompanionEntry[] = [
    {
      id: 'cli-tap-0001',
      seq: 0,
      at: '2026-12-07T15:30:00Z',
      atMs: null,
      session: 0,
      action: {
        type: 'outcome',
        cardId: card.cardId,
        title: card.title,
        outcome: 'refused',
        who: null,
        due: null,
      },
    },
    {
      id: 'cli-tap-0002',
      seq: 1,
      at: '2026-12-07T15:31:00Z',
      atMs: null,
      session: 0,
      action: { type: 'pwn', cardId: card.cardId, queued: true },
    },
  ];
  const roster = companionRoster(file);
  const state = foldCompanion({
    entries,
    agenda,
    roster,
    timeZone: 'America/Chicago',
    scheduled: [],
    nextMeetingDay: null,
  });
  const exported: Companion = {
    meetingId: 'm1',
    timeZone: 'America/Chicago',
    recordingId: null,
    addedBy: {},
    agenda,
    roster,
    entries,
    state,
  };
  exportFile = join(dir, 'taps.json');
  await writeFile(exportFile, JSON.stringify(exported));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('iep letter --from-companion', () => {
  it('drafts the follow-up with the refusal and the notice asked for', async () => {
    const run = await runCli([
      'letter',
      'follow-up',
      '--case',
      example,
      '--meeting',
      'm1',
      '--now',
      '2026-12-08T08:00',
      '--from-companion',
      exportFile,
    ]);
    expect(run.stderr).not.toMatch(/not a companion export/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Speech therapy twice a week');
    expect(run.stdout).toMatch(/Prior Written Notice|Notice of Action/);
  });

  it('drafts the Notice of Action request from the same export', async () => {
    const run = await runCli([
      'letter',
      'pwn-request',
      '--case',
      example,
      '--meeting',
      'm1',
      '--now',
      '2026-12-08T08:00',
      '--from-companion',
      exportFile,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Speech therapy twice a week');
  });

  it('refuses a file that is not an export, and a letter kind the taps do not make', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ hello: 'world' }));
    const notExport = await runCli([
      'letter',
      'follow-up',
      '--case',
      example,
      '--meeting',
      'm1',
      '--from-companion',
      bad,
    ]);
    expect(notExport.code).toBe(2);
    expect(notExport.stderr).toMatch(/not a companion export/);
    const wrongKind = await runCli([
      'letter',
      'concerns',
      '--case',
      example,
      '--meeting',
      'm1',
      '--from-companion',
      exportFile,
    ]);
    expect(wrongKind.code).toBe(2);
  });
});
