import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { exampleCaseFor } from '@iep/core';
import { Kysely, SqliteDialect } from 'kysely';
import type { Config } from '../config.js';
import { migrateToLatest, type Storage } from '../db/open-storage.js';
import type { Database } from '../db/schema.js';
import { HEADER_BYTES, SEGMENT_SEALED } from '../blobs/blob-format.js';
import { runTmpDir } from '../files/private-tmp.js';
import type { Session, TranscriptTestApp } from '../transcripts/transcripts.test-helper.js';
import { textPdf, textPng } from '../binder/binder.test-helper.js';
import { multipart } from './multipart.js';
import { exampleCase } from './test-app.js';

// What the at-rest tests share: a database opened the way the release before encryption opened it, a realistic
// flow that puts a child's name and audio everywhere the app keeps things, and a scan of every byte on disk.

/** A name that appears nowhere by chance, so finding it on disk means plaintext. */
export const CHILD_NAME = 'Zephyrine Quillfeather';

/**
 * The SQLite storage as the release before encryption opened it: plain SQLite (the multiple-ciphers build without
 * a key is plain SQLite, byte for byte), WAL, the current migrations.
 */
export async function openLikeReleaseBeforeEncryption(config: Pick<Config, 'database'>): Promise<Storage> {
  if (config.database.kind !== 'sqlite') throw new Error('SQLite only');
  fs.mkdirSync(path.dirname(config.database.file), { recursive: true });
  const database = new SqliteDatabase(config.database.file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  await migrateToLatest(db);
  return { db, dialect: 'sqlite', now: () => new Date(), notices: [], close: () => db.destroy() };
}

/** A fresh SQLite data folder that the test removes itself (so it can be opened again after the app closed). */
export function keptDataFolder(loadConfig: (env: NodeJS.ProcessEnv) => Config) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-at-rest-'));
  const config = loadConfig({
    IEP_DATA_DIR: path.join(root, 'data'),
    IEP_LOG_LEVEL: 'silent',
    IEP_WEB_DIST: path.join(root, 'no-web-build'),
    DATABASE_URL: '',
  });
  return {
    config,
    target: { freshConfig: async () => ({ config, cleanup: async () => undefined }) },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

function opusWebm(seconds: number): Buffer {
  return execFileSync('/usr/bin/ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`],
    ...['-c:a', 'libopus', '-b:a', '32k', '-f', 'webm', 'pipe:1'],
  ]);
}

/** The example case file as the import takes it (its meetings are what `exampleCaseFor` moves). */
type ExampleCaseFile = Parameters<typeof exampleCaseFor>[0] & Record<string, unknown>;

export interface FilledCase {
  caseId: string;
  recordingId: string;
  transcriptId: string;
  owner: Session;
}

/**
 * Everything a family does, through the app: sign up, import their case (the child's name), import a phone
 * recording, record in the browser (chunks, then finish), cut an M4A clip, run a transcript, save a letter draft
 * and make the letter file.
 */
export async function fillDataFolder(t: TranscriptTestApp): Promise<FilledCase> {
  const owner = await t.signUp('maria@example.org');
  // This app runs on the real clock, and the recording notice is only for a meeting still to come: the example is
  // moved as the web's "Explore an example case" moves it (its first meeting two weeks from today), so the flow does
  // not stop working when the file's own meeting date passes.
  const file = exampleCaseFor(exampleCase() as ExampleCaseFile, new Date().toISOString().slice(0, 10));
  const imported = await t.as(owner, 'POST', '/api/cases/import', {
    ...file,
    student: { ...file.student, name: CHILD_NAME },
  });
  if (imported.statusCode !== 201) throw new Error(`Import failed: ${imported.body}`);
  const caseId = imported.json<{ id: string }>().id;
  const recordingId = await t.record(caseId, [6]);

  const started = await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/m1/recording/parts`, {
    clientPartId: 'browser-1',
    startedAt: '2026-12-07T16:00:00Z',
    mimeType: 'audio/webm;codecs=opus',
    device: 'test browser',
  });
  const partId = started.json<{ id: string }>().id;
  const webm = opusWebm(4);
  const cuts = [0, 1000, 5000, webm.length];
  for (let seq = 0; seq < cuts.length - 1; seq++) {
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/cases/${caseId}/recording-parts/${partId}/chunks/${seq}`,
      headers: {
        cookie: owner.cookie,
        'x-csrf-token': owner.csrf,
        'content-type': 'application/octet-stream',
      },
      payload: webm.subarray(cuts[seq], cuts[seq + 1]),
    });
    if (put.statusCode >= 300) throw new Error(`Chunk ${seq}: ${put.statusCode} ${put.body}`);
  }
  await t.as(owner, 'POST', `/api/cases/${caseId}/recording-parts/${partId}/finish`, {
    lastSeq: cuts.length - 2,
  });
  await waitUntil(async () => {
    const part = await t.storage.db
      .selectFrom('recording_parts')
      .select('status')
      .where('id', '=', partId)
      .executeTakeFirstOrThrow();
    return part.status === 'ready';
  }, 'the browser part is ready');

  const clip = await t.as(owner, 'POST', `/api/cases/${caseId}/recordings/${recordingId}/clips`, {
    fromMs: 1000,
    toMs: 4000,
    name: `${CHILD_NAME} OT weekly`,
    format: 'm4a',
  });
  if (clip.statusCode !== 201) throw new Error(`Clip: ${clip.body}`);

  const run = await t.as(owner, 'POST', `/api/cases/${caseId}/recordings/${recordingId}/transcripts`, {});
  if (run.statusCode !== 202) throw new Error(`Transcript: ${run.body}`);
  const transcriptId = run.json<{ transcript: { id: string } }>().transcript.id;
  await waitUntil(async () => {
    const row = await t.storage.db
      .selectFrom('transcripts')
      .select('status')
      .where('id', '=', transcriptId)
      .executeTakeFirstOrThrow();
    if (row.status === 'failed' || row.status === 'cancelled')
      throw new Error(`The transcript ${row.status}.`);
    return row.status === 'done';
  }, 'the transcript is done');

  const draft = await t.as(owner, 'PUT', `/api/cases/${caseId}/letters/recording-notice/draft`, {
    meetingId: 'm1',
    answers: { note: `${CHILD_NAME} will come to the meeting with me.` },
  });
  if (draft.statusCode !== 200) throw new Error(`Draft: ${draft.body}`);
  const letter = await t.as(owner, 'POST', `/api/cases/${caseId}/letters/recording-notice/files`, {
    meetingId: 'm1',
    format: 'txt',
  });
  if (letter.statusCode !== 201) throw new Error(`Letter: ${letter.body}`);

  // The binder: a PDF with a text layer and a phone photo of paper, both naming the child (the photo's words reach
  // the database only through OCR), read by the job.
  for (const [name, data] of [
    [
      'notice.pdf',
      await textPdf([[`Notice of Action for ${CHILD_NAME}`, 'Date of notice: November 2, 2026']]),
    ],
    ['photo.png', textPng([`Progress report for ${CHILD_NAME}`, 'Reading fluency is improving.'])],
  ] as const) {
    const form = multipart({}, { name, data });
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents`,
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': form.type },
      payload: form.payload,
    });
    if (added.statusCode !== 201) throw new Error(`Document ${name}: ${added.statusCode} ${added.body}`);
  }
  await waitUntil(async () => {
    const rows = await t.storage.db
      .selectFrom('documents')
      .select('status')
      .where('case_id', '=', caseId)
      .execute();
    if (rows.some((r) => r.status === 'failed')) throw new Error('Reading a document failed.');
    return rows.length === 2 && rows.every((r) => r.status === 'ready');
  }, 'the documents are read');
  return { caseId, recordingId, transcriptId, owner };
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

/**
 * A phone recording uploaded half-way (tus) and left unfinished: a WAV whose tags and file name hold the child's
 * name. `duringPatch` runs while the PATCH is still streaming, once its first full segment is on disk. Returns the
 * upload's folder under the data folder.
 */
export async function uploadHalfWay(
  t: TranscriptTestApp,
  owner: Session,
  caseId: string,
  duringPatch: () => void | Promise<void>,
): Promise<string> {
  const wav = execFileSync('/usr/bin/ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=3'],
    ...['-metadata', `title=${CHILD_NAME} IEP meeting`, '-f', 'wav', 'pipe:1'],
  ]);
  const headers = { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'tus-resumable': '1.0.0' };
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/uploads',
    headers: {
      ...headers,
      'upload-length': String(wav.length),
      'upload-metadata': `caseId ${b64(caseId)},meetingId ${b64('m1')},filename ${b64(`${CHILD_NAME}.wav`)}`,
    },
  });
  const location = created.headers.location;
  if (created.statusCode !== 201 || typeof location !== 'string')
    throw new Error(`Upload: ${created.statusCode} ${created.body}`);
  const folder = path.join(t.config.dataDir, 'uploads', location.split('/').pop() ?? '');
  const body = new PassThrough();
  const patching = t.app.inject({
    method: 'PATCH',
    url: location,
    headers: { ...headers, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
    payload: body,
  });
  body.write(wav.subarray(0, Math.floor(wav.length / 2)));
  // Whatever the upload store's layout: wait until one file there holds more than a segment.
  const uploads = path.dirname(folder);
  await waitUntil(
    async () => filesUnder(uploads).some((file) => fs.statSync(file).size >= HEADER_BYTES + SEGMENT_SEALED),
    'the first segment of the upload is on disk',
  );
  await duringPatch();
  body.end();
  const patched = await patching;
  if (patched.statusCode !== 204) throw new Error(`Upload PATCH: ${patched.statusCode} ${patched.body}`);
  return folder;
}

async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every file under `dir`, at any depth (symbolic links included as themselves). */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Files this process left in its private temp folder (there should be none once every job is done). */
export function tempFilesLeft(dataDir: string): string[] {
  return filesUnder(runTmpDir(dataDir));
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const EBML = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);
const ascii = (text: string) => Buffer.from(text, 'latin1');

/** Plaintext that must never be at rest, found in this file, in words. */
function plaintextIn(bytes: Buffer, names: string[]): string[] {
  const found: string[] = [];
  if (bytes.includes(SQLITE_HEADER)) found.push('an unencrypted SQLite database');
  for (const name of names) {
    if (bytes.includes(Buffer.from(name, 'utf8'))) found.push(`"${name}" in UTF-8`);
    if (bytes.includes(Buffer.from(name, 'utf16le'))) found.push(`"${name}" in UTF-16LE`);
    if (bytes.includes(Buffer.from(name, 'utf16le').swap16())) found.push(`"${name}" in UTF-16BE`);
  }
  // At the start of a file: every audio format's signature. Anywhere: only signatures long enough (6 bytes and
  // more) never to turn up by chance in megabytes of ciphertext.
  const head = bytes.subarray(0, 12);
  const starts = (magic: Buffer, at = 0) => head.subarray(at, at + magic.length).equals(magic);
  const anywhereNear = (first: Buffer, second: Buffer, within: number) => {
    for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1))
      if (bytes.subarray(at, at + within).includes(second)) return true;
    return false;
  };
  if (starts(ascii('ID3'))) found.push('MP3 audio (ID3)');
  if (starts(ascii('RIFF')) || anywhereNear(ascii('RIFF'), ascii('WAVE'), 12))
    found.push('WAV audio (RIFF/WAVE)');
  if (starts(ascii('OggS')) || bytes.includes(ascii('OggS\0\x02'))) found.push('Ogg audio (OggS)');
  if (starts(ascii('fLaC')) || bytes.includes(ascii('fLaC\0\0\0\x22'))) found.push('FLAC audio (fLaC)');
  if (starts(ascii('ftyp'), 4) || ['ftypM4A', 'ftypisom', 'ftypmp4'].some((m) => bytes.includes(ascii(m))))
    found.push('MP4/M4A audio (ftyp)');
  if (starts(EBML) || anywhereNear(EBML, ascii('webm'), 64)) found.push('WebM audio (EBML header 1A45DFA3)');
  // The binder's documents: PDF, PNG and JPEG photos, Word files (a ZIP with a word/ folder).
  if (starts(ascii('%PDF-')) || bytes.includes(ascii('%PDF-1.'))) found.push('a PDF document (%PDF-)');
  if (bytes.includes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    found.push('a PNG picture');
  if (starts(Buffer.from([0xff, 0xd8, 0xff]))) found.push('a JPEG photo');
  if (anywhereNear(ascii('PK\x03\x04'), ascii('word/'), 64)) found.push('a Word document (ZIP with word/)');
  return found;
}

export interface AtRestFinding {
  path: string;
  problem: string;
}

/** Scans every file and folder under `dir`: plaintext (see above), files not 0600, folders not 0700. */
export function scanAtRest(dir: string, names: string[]): AtRestFinding[] {
  const findings: AtRestFinding[] = [];
  const rootMode = fs.statSync(dir).mode & 0o777;
  if (rootMode !== 0o700) findings.push({ path: dir, problem: `folder mode 0${rootMode.toString(8)}` });
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const stat = fs.lstatSync(file);
    const mode = stat.mode & 0o777;
    if (stat.isDirectory()) {
      if (mode !== 0o700) findings.push({ path: file, problem: `folder mode 0${mode.toString(8)}` });
      continue;
    }
    if (!stat.isFile()) {
      findings.push({ path: file, problem: 'not a regular file' });
      continue;
    }
    if (mode !== 0o600) findings.push({ path: file, problem: `file mode 0${mode.toString(8)}` });
    for (const problem of plaintextIn(fs.readFileSync(file), names)) findings.push({ path: file, problem });
  }
  return findings;
}
