import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentView } from '@iep/core';
import { importRecording } from '../recordings/import.service.js';
import { tempFilesLeft } from '../test-support/data-at-rest.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';
import { speechFile, tempDir, TWO_VOICES } from '../transcription/speech.test-helper.js';
import type { SearchHit, TranscriptSummary } from '@iep/core/contract';

// The real pipeline once, with the engine this machine has (Debian's pocketsphinx): espeak-ng speech imported
// through the recordings import service, transcribed by the `transcribe` job of the app's own queue, then found
// by search. On SQLite only: the database side is covered on both by transcripts.medium.test.ts.

const [sqlite] = await storageTargets();

function missingTool(): string | null {
  for (const tool of ['espeak-ng', 'sox', 'pocketsphinx_continuous']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'pipe' });
    } catch {
      return `${tool} is not installed (scripts/install-system-packages.sh installs it)`;
    }
  }
  return null;
}
const missing = missingTool();
// On CI the tools are installed by the setup script: a missing one is a failure there, not a skip.
const skip = missing !== null && process.env.CI !== 'true';

describe.skipIf(!sqlite || skip)(
  `transcripts with the real fallback engine (${missing ?? 'available'})`,
  () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;
    let recordingId: string;
    const dir = tempDir('iep-transcripts-real-');

    beforeAll(async () => {
      if (!sqlite) return;
      t = await createTestApp(sqlite);
      owner = await t.signUp('owner@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      const file = speechFile(dir, TWO_VOICES);
      const part = await importRecording(
        t.ctx,
        {
          caseId,
          meetingId: 'm1',
          file,
          originalName: 'meeting.wav',
          uploadedAt: new Date('2026-12-07T15:00:00Z'),
        },
        null,
      );
      expect(part.status).toBe('ready');
      recordingId = part.recording_id;
    });
    afterAll(async () => {
      await t?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('lists pocketsphinx as available, with its accuracy note', async () => {
      const response = await t.as(owner, 'GET', '/api/engines');
      expect(response.statusCode).toBe(200);
      const engines = response.json<{
        engines: { name: string; available: boolean; accuracyNote: string }[];
      }>().engines;
      expect(engines.find((e) => e.name === 'pocketsphinx')).toMatchObject({ available: true });
    });

    it('turns the recording into text with pocketsphinx and finds a heard word by search', async () => {
      const base = `/api/cases/${caseId}/recordings/${recordingId}`;
      const started = await t.as(owner, 'POST', `${base}/transcripts`, {
        engine: 'pocketsphinx',
        speakers: 2,
      });
      expect(started.statusCode, started.body).toBe(202);
      const { transcript } = started.json<{ transcript: TranscriptSummary }>();
      expect(transcript.engine).toMatch(/pocketsphinx/);
      expect(transcript.engineNote).toBeTruthy();

      let body: { transcript: TranscriptSummary; segments: SegmentView[] } | null = null;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        body = (await t.as(owner, 'GET', `${base}/transcript`)).json();
        if (body && ['done', 'failed', 'cancelled'].includes(body.transcript.status)) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(body?.transcript).toMatchObject({ status: 'done', progress: 1, error: null });
      const segments = body?.segments ?? [];
      expect(segments.length).toBeGreaterThan(0);
      const words = segments.flatMap((s) => s.text.toLowerCase().split(/\W+/));
      // pocketsphinx on synthetic voices gets many words wrong; some of these it hears every time.
      expect(words.some((w) => ['report', 'friday', 'morning', 'school', 'meet', 'again'].includes(w))).toBe(
        true,
      );
      expect(segments.every((s) => s.end > s.start && s.start >= 0)).toBe(true);
      expect(segments.every((s) => s.words.length > 0)).toBe(true);
      // pocketsphinx read the audio from a pipe: nothing was written to the private temp folder (nor left in it).
      expect(tempFilesLeft(t.config.dataDir)).toEqual([]);
      // Voices grouped (the basic grouping without a speaker model): every segment has a speaker label.
      expect(segments.every((s) => s.speaker !== null && /^Speaker \d+$/.test(s.speakerName))).toBe(true);

      // A word it heard, longer than a stop word, is found and points at its segment.
      const heard = segments
        .flatMap((s) => s.text.split(/\W+/).map((w) => ({ w, s })))
        .find(({ w }) => w.length >= 5);
      expect(heard).toBeDefined();
      const search = await t.as(owner, 'GET', `/api/cases/${caseId}/transcripts/search?q=${heard?.w ?? ''}`);
      expect(search.statusCode).toBe(200);
      const hits = search.json<{ hits: SearchHit[] }>().hits;
      expect(hits.map((h) => h.segmentId)).toContain(heard?.s.id);
    });
  },
);
