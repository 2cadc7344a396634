import type { Writable } from 'node:stream';
import type { AppContext } from '../context/app-context.js';
import { listParts } from './recordings.repository.js';
import { timelineOf } from './views.js';
import { cutClip, type ClipFormat } from '../media/clip.js';
import { MediaError } from '../media/ffmpeg.js';

export const RECORDING_NOT_YOURS =
  'This recording was not found. It may have been deleted, or it belongs to another account.';

/** Cuts [fromMs, toMs) of a recording of one of the user's cases into `output` (for the CLI; no clip row). */
export async function exportRecordingClip(
  ctx: AppContext,
  ownerId: string,
  recordingId: string,
  range: { fromMs: number; toMs: number; format: ClipFormat },
  output: Writable,
): Promise<{ totalMs: number }> {
  const recording = await ctx.storage.db
    .selectFrom('recordings')
    .innerJoin('cases', 'cases.id', 'recordings.case_id')
    .select(['recordings.id'])
    .where('recordings.id', '=', recordingId)
    .where('cases.owner_id', '=', ownerId)
    .executeTakeFirst();
  if (!recording) throw new MediaError(RECORDING_NOT_YOURS);
  const parts = (await listParts(ctx.storage.db, recordingId)).filter(
    (p) => p.status === 'ready' && p.blob_id,
  );
  const timeline = timelineOf(parts);
  if (range.toMs > timeline.totalMs)
    throw new MediaError(
      `The recording is only ${Math.floor(timeline.totalMs / 1000)} seconds long; choose an end inside it.`,
    );
  const inputs = timeline.parts.flatMap((t) => {
    const part = parts.find((p) => p.id === t.partId);
    if (!part?.blob_id || t.offsetMs + t.durationMs <= range.fromMs || t.offsetMs >= range.toMs) return [];
    return [{ source: ctx.blobs.openRead(part.blob_id), offsetMs: t.offsetMs, durationMs: t.durationMs }];
  });
  await cutClip(inputs, range, output, { tmpDir: ctx.tmpDir });
  return { totalMs: timeline.totalMs };
}
