import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { newId } from '../ids.js';
import type { JobOutcome, JobQueue } from '../jobs/job-queue.js';
import type { AppContext } from '../context/app-context.js';
import {
  ensureRecording,
  findPartById,
  insertPart,
  updatePart,
  type PartRow,
} from './recordings.repository.js';
import { MediaError } from '../media/ffmpeg.js';
import { NOT_AUDIO_MESSAGE, probeAudio } from '../media/probe.js';
import { computePeaks, normalizeToWebmOpus } from '../media/transform.js';
import { assertNotTruncated } from '../media/truncation.js';

// An imported file becomes one part of the meeting's recording: its original kept encrypted, a normalized
// Opus WebM to play, peaks for the waveform. Used by the tus upload (as a job) and by the CLI (inline).

export const NORMALIZE_IMPORT_JOB = 'recording.normalize-import';
export const IMPORT_PEAKS_PER_SECOND = 10;
export const ACCEPTED_EXTENSIONS = ['m4a', 'mp3', 'wav', 'ogg', 'webm', 'aac'] as const;

const normalizePayload = z.object({
  partId: z.string().min(1),
  /** A file the user gave (the CLI); null when it was a temporary copy: the stored original is read back. */
  file: z.string().nullable(),
  /** Jobs queued by releases before uploads were encrypted: their plain upload file goes when the job is done. */
  deleteFile: z.boolean(),
});
export type NormalizePayload = z.infer<typeof normalizePayload>;

export interface ImportInput {
  caseId: string;
  meetingId: string;
  file: string;
  originalName: string;
  /** When the upload finished: the start time when the file carries none. */
  uploadedAt: Date;
  /**
   * The caller's private temporary copy (a finished tus upload, decrypted into <data>/tmp), which it removes as
   * soon as this returns: the normalize job then reads the encrypted original instead. A file the CLI was given
   * is not temporary.
   */
  temporaryFile?: boolean;
  /** Keeps a retried upload from making a second part. */
  clientPartId?: string;
  /** Stored-bytes progress while the original is encrypted (the CLI's bar). */
  onBytes?: (bytes: number) => void;
}

function mimeOf(format: string, name: string): string {
  if (/webm|matroska/.test(format)) return 'audio/webm';
  if (/ogg/.test(format)) return 'audio/ogg';
  if (/wav/.test(format)) return 'audio/wav';
  if (/mp3/.test(format)) return 'audio/mpeg';
  if (/aac/.test(format)) return 'audio/aac';
  if (/mp4|m4a/.test(format)) return 'audio/mp4';
  return path.extname(name) ? `audio/${path.extname(name).slice(1)}` : 'application/octet-stream';
}

/**
 * Checks the file with ffprobe, keeps the original encrypted and makes the part ('processing'), then normalizes:
 * through the queue when one is given, inline otherwise. An undecodable file gives a 'failed' part with the
 * plain message. Returns the part as it is when this returns.
 */
export async function importRecording(
  ctx: AppContext,
  input: ImportInput,
  queue: JobQueue | null,
): Promise<PartRow> {
  const db = ctx.storage.db;
  const now = ctx.now().toISOString();
  const recording = await ensureRecording(db, input.caseId, input.meetingId, now);
  const base = {
    recordingId: recording.id,
    clientPartId: input.clientPartId ?? `import-${newId()}`,
    source: 'import' as const,
    now,
    originalName: input.originalName,
  };
  let info;
  try {
    info = await probeAudio(input.file);
    await assertNotTruncated(input.file, info);
  } catch (error) {
    if (!(error instanceof MediaError)) throw error;
    const { part } = await insertPart(db, {
      ...base,
      startedAt: input.uploadedAt.toISOString(),
      mimeType: 'application/octet-stream',
      device: 'Imported file',
      status: 'failed',
    });
    await updatePart(db, part.id, { error: error.message });
    return (await findPartById(db, part.id)) ?? part;
  }
  // Count bytes in a pass-through stage: a 'data' listener on the file stream itself would start it flowing before
  // the blob store reads, and the first chunk would be lost from the stored original.
  let seen = 0;
  const counting = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      input.onBytes?.(seen);
      done(null, chunk);
    },
  });
  const source = fs.createReadStream(input.file);
  source.on('error', (error) => counting.destroy(error));
  const original = await ctx.blobs.put(source.pipe(counting));
  // Phones write the moment the recording began; without it the upload time stands in, and the part says so.
  const { part } = await insertPart(db, {
    ...base,
    startedAt: info.creationTime ?? input.uploadedAt.toISOString(),
    mimeType: mimeOf(info.format, input.originalName),
    device: info.creationTime
      ? 'Imported file (start time from the file)'
      : 'Imported file (start time is an estimate: the upload time)',
    status: 'processing',
    originalBlobId: original.id,
  });
  const payload: NormalizePayload = {
    partId: part.id,
    file: input.temporaryFile ? null : input.file,
    deleteFile: false,
  };
  if (queue) {
    await queue.enqueue(NORMALIZE_IMPORT_JOB, payload);
    return part;
  }
  await normalizeImport(ctx, payload);
  return (await findPartById(db, part.id)) ?? part;
}

/** The normalize step; safe to run again after a restart. */
export async function normalizeImport(
  ctx: AppContext,
  payload: NormalizePayload,
  options: { signal?: AbortSignal; progress?: (fraction: number) => void } = {},
): Promise<JobOutcome> {
  const db = ctx.storage.db;
  const part = await findPartById(db, payload.partId);
  if (!part || part.status === 'ready') return { status: 'skipped' };
  const tmp = fs.mkdtempSync(path.join(ctx.tmpDir, 'import-'));
  try {
    let source = payload.file !== null && fs.existsSync(payload.file) ? payload.file : null;
    if (source === null) {
      // The upload's temp file is gone (a restart after it was cleaned): decrypt the original to a private file,
      // because an M4A cannot be decoded from a pipe (its index is at the end).
      if (!part.original_blob_id) return { status: 'failed', error: NOT_AUDIO_MESSAGE };
      source = path.join(tmp, 'original');
      await pipeline(ctx.blobs.openRead(part.original_blob_id), fs.createWriteStream(source));
    }
    options.progress?.(0.1);
    const output = new PassThrough();
    const [stored] = await Promise.all([
      ctx.blobs.put(output),
      normalizeToWebmOpus(source, output, {
        tmpDir: tmp,
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    ]);
    options.progress?.(0.8);
    const { durationMs, peaks } = await computePeaks(ctx.blobs.openRead(stored.id), {
      peaksPerSecond: IMPORT_PEAKS_PER_SECOND,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    await updatePart(db, part.id, {
      status: 'ready',
      mime_type: 'audio/webm',
      blob_id: stored.id,
      sha256: stored.sha256,
      bytes: stored.bytes,
      duration_ms: durationMs,
      peaks: JSON.stringify({ peaksPerSecond: IMPORT_PEAKS_PER_SECOND, peaks }),
      error: null,
    });
    if (payload.deleteFile && payload.file) fs.rmSync(payload.file, { force: true });
    options.progress?.(1);
    return { status: 'done' };
  } catch (error) {
    if (error instanceof MediaError && !options.signal?.aborted) {
      await updatePart(db, part.id, { status: 'failed', error: error.message });
      if (payload.deleteFile && payload.file) fs.rmSync(payload.file, { force: true });
      return { status: 'failed', error: error.message };
    }
    throw error;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Registers the normalize job on a queue. */
export function registerImportJobs(queue: JobQueue, ctx: AppContext): void {
  queue.register({
    name: NORMALIZE_IMPORT_JOB,
    payload: normalizePayload,
    handler: (payload: NormalizePayload, context) =>
      normalizeImport(ctx, payload, { signal: context.signal, progress: context.progress }),
  });
}
