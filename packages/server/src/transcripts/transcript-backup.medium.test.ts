import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import {
  SCRIPT,
  transcriptTestApp,
  type Session,
  type TranscriptTestApp,
} from './transcripts.test-helper.js';

// The whole-case backup keeps the transcript as the parent sees it (their fixes included) and the items they
// decided on, next to the recording: nothing made from the audio is lost with the app.

const targets = await storageTargets();

function zipEntries(bytes: Buffer): { names: string[]; read(name: string): string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-backup-transcript-'));
  const file = path.join(dir, 'backup.zip');
  fs.writeFileSync(file, bytes);
  const names = execFileSync('unzip', ['-Z1', file]).toString().split('\n').filter(Boolean);
  const read = (name: string) => execFileSync('unzip', ['-p', file, name]).toString();
  return { names, read };
}

describe.each(targets)('the case backup with a transcript on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TranscriptTestApp;
    let owner: Session;
    let caseId: string;
    let recordingId: string;

    beforeAll(async () => {
      t = await transcriptTestApp(target);
      owner = await t.signUp('owner@example.org');
      caseId = await t.importCase(owner);
      recordingId = await t.record(caseId, [6]);
      const started = await t.as(
        owner,
        'POST',
        `/api/cases/${caseId}/recordings/${recordingId}/transcripts`,
        {},
      );
      expect(started.statusCode, started.body).toBe(202);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const body = (
          await t.as(owner, 'GET', `/api/cases/${caseId}/recordings/${recordingId}/transcript`)
        ).json<{
          transcript: { status: string } | null;
          segments: { id: string }[];
        }>();
        if (body.transcript?.status === 'done') break;
        if (Date.now() > deadline) throw new Error('The transcript did not finish.');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }, 60_000);
    afterAll(async () => t?.close());

    it('holds transcript.txt with the parent’s fix, transcript.json and the items', async () => {
      const base = `/api/cases/${caseId}/recordings/${recordingId}`;
      const body = (await t.as(owner, 'GET', `${base}/transcript`)).json<{ segments: { id: string }[] }>();
      const first = body.segments[0];
      if (!first) throw new Error('The fake engine made no segment.');
      const fixed = 'Ms. Lee will send the reading data by Friday.';
      expect(
        (await t.as(owner, 'PATCH', `${base}/transcript/segments/${first.id}`, { text: fixed })).statusCode,
      ).toBe(200);
      expect((await t.as(owner, 'POST', `${base}/items/extract`, {})).statusCode).toBe(200);

      const res = await t.as(owner, 'GET', `/api/cases/${caseId}/backup.zip`);
      expect(res.statusCode).toBe(200);
      const zip = zipEntries(Buffer.from(res.rawPayload));
      expect(zip.names).toEqual(
        expect.arrayContaining([
          'recordings/m1/transcript.txt',
          'recordings/m1/transcript.json',
          'recordings/m1/items.json',
        ]),
      );
      const text = zip.read('recordings/m1/transcript.txt');
      expect(text).toContain(fixed);
      expect(text).toContain(SCRIPT[1] ?? '');
      const items = JSON.parse(zip.read('recordings/m1/items.json')) as { kind: string; text: string }[];
      expect(items.some((i) => i.kind === 'commitment' && /reading data/.test(i.text))).toBe(true);
      expect(zip.read('README.txt')).toContain('transcript.txt');
    });
  });
});
