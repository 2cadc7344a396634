import { createHash } from 'node:crypto';
import { PassThrough, Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { DAMAGED } from '../blobs/blob-format.js';
import { findLetterFile, listLetterFiles, listSentLetters } from '../letters/letters.repository.js';
import { listTimeline } from '../cases/cases.repository.js';
import { eventSummary } from '../cases/timeline.service.js';
import { knownDatesOfCase } from '../escalation/known-dates.repository.js';
import { buildManifest, clipFileName } from '../recordings/evidence.service.js';
import type { AppContext } from '../context/app-context.js';
import { listClips, listParts, listRecordings } from '../recordings/recordings.repository.js';
import { exportTranscript } from '../transcripts/export-service.js';
import { listItemsOfRecording } from '../transcripts/items.repository.js';
import { itemView } from '../transcripts/items.view.js';
import { exportCaseFile } from '../cases/cases.service.js';
import { notFound, ok, type CaseResult } from '../cases/case-results.js';
import { backupReadme } from './backup-readme.js';
import { listEntriesOfCase } from '../companion/companion.repository.js';
import { listDocuments, listPages } from '../binder/documents.repository.js';
import { documentView } from '../binder/document-views.js';

// The whole case in one zip: the case file, the paper trail, every letter file and every recording (playable
// audio, decrypted, streamed from the blob store one segment at a time: a 5-hour recording never sits in
// memory). Every stored file is checked before the first byte is written, so a damaged one stops the backup
// with a plain error instead of a zip that looks complete but is not.

export class BackupDamagedError extends Error {
  override name = 'BackupDamagedError';
}

export interface CaseBackup {
  /** `iep-ready-backup-<student>-<YYYY-MM-DD>.zip` */
  fileName: string;
  /** Writes the zip to `output` and ends it; rejects (and destroys `output`) when a file breaks on the way. */
  write(output: Writable): Promise<void>;
}

/** Safe for a file name and a zip path: letters, digits, spaces, - _ and dots, never a path. */
function safeName(name: string, fallback: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\w\s.-]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 100);
  return safe === '' ? fallback : safe;
}

export function backupFileName(studentName: string, at: Date): string {
  const student = safeName(studentName, 'case').replace(/ /g, '-');
  return `iep-ready-backup-${student}-${at.toISOString().slice(0, 10)}.zip`;
}

/** A name not used yet in `used`: "name.ext", then "name 2.ext", "name 3.ext"... */
function unique(used: Set<string>, base: string, ext: string): string {
  let name = `${base}${ext}`;
  for (let n = 2; used.has(name); n++) name = `${base} ${n}${ext}`;
  used.add(name);
  return name;
}

/** Passes bytes through and fails at the end when their SHA-256 is not the one on record. */
function checkedCopy(expected: string, what: string): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const got = hash.digest('hex');
      done(got === expected ? null : new BackupDamagedError(`${what}: ${DAMAGED}`));
    },
  });
}

interface BlobEntry {
  path: string;
  blobId: string;
  /** SHA-256 on record, checked again while the bytes are copied; null for originals (none is kept). */
  sha256: string | null;
  what: string;
}

const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

/**
 * Everything the backup holds, checked. Not found when the case is not the owner's. Throws BackupDamagedError
 * (a plain message naming the file) when a stored audio file fails its integrity check.
 */
export async function prepareCaseBackup(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
): Promise<CaseResult<CaseBackup>> {
  const db = ctx.storage.db;
  const file = await exportCaseFile(ctx.storage, ownerId, caseId);
  if (!file) return notFound;
  const now = ctx.now();
  const buffers: { path: string; data: Buffer }[] = [];
  const blobs: BlobEntry[] = [];
  const meetingTitle = new Map(file.meetings.map((m) => [m.id, m.kind]));

  // The case file exactly as GET /api/cases/:id/export gives it.
  buffers.push({ path: 'case.json', data: Buffer.from(JSON.stringify(file, null, 2)) });
  const timeline = await listTimeline(db, caseId);
  buffers.push({
    path: 'timeline.json',
    data: json(timeline.map((e) => ({ ...e, summary: eventSummary(e) }))),
  });

  const recordings = await listRecordings(db, caseId);
  const usedFolders = new Set<string>();
  for (const recording of recordings) {
    const folder = `recordings/${unique(usedFolders, safeName(recording.meeting_id, 'meeting'), '')}`;
    const manifest = await buildManifest(ctx, recording);
    const parts = await listParts(db, recording.id);
    const files: Record<string, string> = {};
    const originals: Record<string, string> = {};
    const usedOriginals = new Set<string>();
    for (const [index, part] of parts.entries()) {
      const view = manifest.parts.find((p) => p.id === part.id);
      const n = index + 1;
      if (part.blob_id && part.sha256 && part.status === 'ready') {
        if (!view?.verified)
          throw new BackupDamagedError(
            `Part ${n} of the recording of meeting ${recording.meeting_id} (started ${part.started_at}): ${DAMAGED} Nothing was written.`,
          );
        // Colons are not allowed in Windows file names; whole seconds read better than ".000".
        const stamp = new Date(part.started_at).toISOString().replace('.000Z', 'Z').replace(/:/g, '-');
        const name = `part-${n}-${stamp}.webm`;
        files[part.id] = `${folder}/${name}`;
        blobs.push({
          path: files[part.id] ?? name,
          blobId: part.blob_id,
          sha256: part.sha256,
          what: `Part ${n}`,
        });
      }
      if (part.original_blob_id) {
        const check = await ctx.blobs.verify(part.original_blob_id).catch(() => ({ ok: false }));
        if (!check.ok)
          throw new BackupDamagedError(
            `The original file of part ${n} of the recording of meeting ${recording.meeting_id}: ${DAMAGED} Nothing was written.`,
          );
        const original = safeName(part.original_name ?? '', `part-${n}`);
        const name = unique(usedOriginals, `${n}-${original}`, '');
        originals[part.id] = `${folder}/originals/${name}`;
        blobs.push({
          path: `${folder}/originals/${name}`,
          blobId: part.original_blob_id,
          sha256: null,
          what: `The original file of part ${n}`,
        });
      }
    }
    const usedClips = new Set<string>();
    for (const clip of await listClips(db, recording.id)) {
      const view = manifest.clips.find((c) => c.id === clip.id);
      if (!view?.verified)
        throw new BackupDamagedError(`The clip "${clip.name}": ${DAMAGED} Nothing was written.`);
      const base = clipFileName(clip.name, clip.format).slice(0, -(clip.format.length + 1));
      const name = unique(usedClips, base, `.${clip.format}`);
      files[clip.id] = `${folder}/clips/${name}`;
      blobs.push({
        path: `${folder}/clips/${name}`,
        blobId: clip.blob_id,
        sha256: clip.sha256,
        what: `The clip "${clip.name}"`,
      });
    }
    // The transcript as the parent sees it (with their fixes) and the items they decided on: text, kept in full.
    for (const format of ['txt', 'json'] as const) {
      const transcript = await exportTranscript(ctx.storage, {
        ownerId,
        caseId,
        recordingId: recording.id,
        format,
      });
      if (transcript.kind === 'ok')
        buffers.push({ path: `${folder}/transcript.${format}`, data: transcript.value.bytes });
    }
    const items = await listItemsOfRecording(db, recording.id);
    if (items.length > 0)
      buffers.push({ path: `${folder}/items.json`, data: json(items.map((row) => itemView(row))) });
    buffers.push({
      path: `${folder}/manifest.json`,
      data: json({
        ...manifest,
        meetingKind: meetingTitle.get(recording.meeting_id) ?? null,
        files,
        originals,
      }),
    });
  }

  // The meeting companion's taps and notes, meeting by meeting, as the phone made them.
  const taps = new Map<string, unknown[]>();
  for (const { meetingId, entry } of await listEntriesOfCase(db, caseId))
    taps.set(meetingId, [...(taps.get(meetingId) ?? []), entry]);
  const usedTapFiles = new Set<string>();
  for (const [meetingId, entries] of taps)
    buffers.push({
      path: `companion/${unique(usedTapFiles, safeName(meetingId, 'meeting'), '.json')}`,
      data: json({ meetingId, meetingKind: meetingTitle.get(meetingId) ?? null, entries }),
    });

  // Letter files are small and kept in the database: one at a time, never all at once.
  const letters = await listLetterFiles(db, caseId);
  const usedLetters = new Set<string>();
  const letterPaths = new Map<string, string>();
  for (const info of letters) {
    const dot = info.filename.lastIndexOf('.');
    const ext = dot > 0 ? `.${safeName(info.filename.slice(dot + 1), 'bin')}` : '';
    const base = safeName(dot > 0 ? info.filename.slice(0, dot) : info.filename, 'letter');
    letterPaths.set(info.id, `letters/${unique(usedLetters, base, ext)}`);
  }
  // The binder's documents: each file as it was added (decrypted, checked against its SHA-256), its text page by
  // page, and one list of what each is (kind, tab, dates).
  const documents = await listDocuments(db, caseId);
  const usedDocuments = new Set<string>();
  const documentList: unknown[] = [];
  for (const row of documents) {
    const dot = row.file_name.lastIndexOf('.');
    const ext = dot > 0 ? `.${safeName(row.file_name.slice(dot + 1), 'bin')}` : '';
    const base = safeName(dot > 0 ? row.file_name.slice(0, dot) : row.file_name, 'document');
    const name = unique(usedDocuments, base, ext);
    blobs.push({
      path: `documents/${name}`,
      blobId: row.blob_id,
      sha256: row.sha256,
      what: `The document "${row.title}"`,
    });
    const pages = await listPages(db, row.id);
    const textPath = pages.length > 0 ? `documents/text/${name}.txt` : null;
    if (textPath)
      buffers.push({
        path: textPath,
        data: Buffer.from(pages.map((p) => `--- Page ${p.n} ---\n${p.text}\n`).join('\n')),
      });
    documentList.push({ ...documentView(row), file: `documents/${name}`, text: textPath });
  }
  if (documents.length > 0) buffers.push({ path: 'documents/documents.json', data: json(documentList) });

  // The days the parent said they knew of an event (the escalation page's due process windows count from them).
  const knownDates = await knownDatesOfCase(db, caseId);
  if (knownDates.length > 0) buffers.push({ path: 'escalation.json', data: json({ knownDates }) });

  const sent = await listSentLetters(db, caseId);
  buffers.push({
    path: 'letters/sent.json',
    data: json(sent.map((s) => ({ ...s, file: letterPaths.get(s.fileId) ?? null }))),
  });
  buffers.push({
    path: 'README.txt',
    data: Buffer.from(
      backupReadme({
        studentName: file.student.name,
        madeAt: now.toISOString(),
        recordings: recordings.length,
        letters: letters.length,
        documents: documents.length,
      }),
    ),
  });

  const write = async (output: Writable): Promise<void> => {
    const zip = new yazl.ZipFile();
    const zipOut = zip.outputStream as Readable;
    const fail = (error: unknown) =>
      zipOut.destroy(error instanceof Error ? error : new Error(String(error)));
    // yazl does not watch its sources for errors: a damaged segment must end the zip, not hang it.
    zip.on('error', fail);
    const options = { mtime: now, compress: true };
    for (const entry of buffers) zip.addBuffer(entry.data, entry.path, options);
    for (const info of letters) {
      const path = letterPaths.get(info.id) ?? `letters/${info.id}`;
      zip.addReadStreamLazy(path, { mtime: now, compress: false }, (done) => {
        findLetterFile(db, caseId, info.id).then(
          (found) => {
            const copy = checkedCopy(info.sha256, `The letter file ${info.filename}`);
            copy.on('error', fail);
            copy.end(found?.content ?? Buffer.alloc(0));
            done(null, copy);
          },
          (error: unknown) => done(error, new PassThrough()),
        );
      });
    }
    for (const entry of blobs) {
      // Audio is compressed already: stored as it is. The blob is opened only when its turn comes.
      zip.addReadStreamLazy(entry.path, { mtime: now, compress: false }, (done) => {
        const source = ctx.blobs.openRead(entry.blobId);
        source.on('error', (error: Error) => fail(new BackupDamagedError(`${entry.what}: ${error.message}`)));
        if (entry.sha256 === null) return done(null, source);
        const copy = checkedCopy(entry.sha256, entry.what);
        copy.on('error', fail);
        done(null, source.pipe(copy));
      });
    }
    zip.end();
    await pipeline(zipOut, output);
  };

  return ok({ fileName: backupFileName(file.student.name, now), write });
}
