import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openStorage } from '../db/open-storage.js';
import {
  CHILD_NAME,
  fillDataFolder,
  filesUnder,
  keptDataFolder,
  scanAtRest,
  tempFilesLeft,
  uploadHalfWay,
  type AtRestFinding,
  type FilledCase,
} from '../test-support/data-at-rest.js';
import { transcriptTestApp, type TranscriptTestApp } from '../transcripts/transcripts.test-helper.js';
import { tmpRoot } from './private-tmp.js';

// The proof that nothing is at rest in plaintext (SQLite, the default): a family's whole flow through the app
// (sign up, their case with the child's name, a phone recording imported, a browser recording, an M4A clip, a
// transcript, a letter draft and file, and a phone recording uploaded half-way: scanned while its bytes stream in
// and once it is left unfinished), then every byte of every file under the data folder is scanned: no SQLite
// header, no child's name in UTF-8 or UTF-16, no audio signature, files 0600 and folders 0700.

describe('nothing in the data folder is readable without the key (SQLite)', () => {
  const folder = keptDataFolder(loadConfig);
  let t: TranscriptTestApp;
  let filled: FilledCase;

  beforeAll(async () => {
    t = await transcriptTestApp(folder.target);
    filled = await fillDataFolder(t);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    folder.remove();
  });

  it('leaves no temporary file once the import, the recording, the clip and the transcript are done', () => {
    expect(tempFilesLeft(folder.config.dataDir)).toEqual([]);
  });

  it('holds no plaintext while a phone recording is uploading, nor once it is left unfinished', async () => {
    const dataDir = folder.config.dataDir;
    let during: AtRestFinding[] | null = null;
    const upload = await uploadHalfWay(t, filled.owner, filled.caseId, () => {
      during = scanAtRest(dataDir, [CHILD_NAME]);
    });
    expect(during).toEqual([]);
    // The upload is there, unfinished, in pieces: sealed like the recordings.
    expect(fs.readdirSync(upload).sort()).toEqual(['info', 'part-1']);
    expect(scanAtRest(dataDir, [CHILD_NAME])).toEqual([]);
  });

  it('holds no plaintext and only private modes, while the app runs and after it stops', async () => {
    const dataDir = folder.config.dataDir;
    // The flow really wrote: the database, its WAL, the key, recordings (import, browser parts, the clip).
    const written = filesUnder(dataDir).map((f) => path.relative(dataDir, f));
    expect(written).toEqual(expect.arrayContaining(['iep.sqlite', 'iep.sqlite-wal', 'keys/blob.key']));
    expect(written.filter((f) => f.startsWith('blobs/')).length).toBeGreaterThanOrEqual(4);
    expect(scanAtRest(dataDir, [CHILD_NAME])).toEqual([]);

    await t.close();
    expect(scanAtRest(dataDir, [CHILD_NAME])).toEqual([]);
  });

  it('removes what a killed run left in the temp folder at the next start, and says so', async () => {
    const dataDir = folder.config.dataDir;
    // A run folder of a process that no longer exists, and the temp folders of the release before this one.
    const killed = path.join(tmpRoot(dataDir), 'run-99999999-123-0badc0de', 'clip-x');
    fs.mkdirSync(killed, { recursive: true });
    fs.writeFileSync(path.join(killed, 'clip.m4a'), `\0\0\0\x20ftypM4A ${CHILD_NAME}`);
    const older = path.join(tmpRoot(dataDir), 'transcription', 'iep-sphinx-1');
    fs.mkdirSync(older, { recursive: true });
    fs.writeFileSync(path.join(older, 'batch.wav'), `RIFF\0\0\0\0WAVEfmt ${CHILD_NAME}`);
    expect(scanAtRest(dataDir, [CHILD_NAME]).length).toBeGreaterThan(0);

    const storage = await openStorage(folder.config);
    try {
      expect(storage.notices.join('\n')).toMatch(/Removed temporary files left by a run that was stopped/);
      expect(filesUnder(tmpRoot(dataDir))).toEqual([]);
      expect(scanAtRest(dataDir, [CHILD_NAME])).toEqual([]);
    } finally {
      await storage.close();
    }
  });
});
