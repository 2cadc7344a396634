import { extractItems, speakersOfCase, utterancesFromSegments } from '@iep/core';
import { ownsCase } from '../cases/case-access.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import type { Storage } from '../db/open-storage.js';
import { newId } from '../ids.js';
import { findRecording } from '../recordings/recordings.repository.js';
import { RECORDING_NOT_FOUND } from '../recordings/recordings.service.js';
import { notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { meetingDay } from './items.meeting.js';
import type { ItemPatch } from './items.patch.js';
import { reconcileItems, toFound, type FoundItem } from './items.reconcile.js';
import {
  deleteItems,
  findCaseFile,
  findItem,
  insertItems,
  listItemsOfRecording,
  updateItem,
} from './items.repository.js';
import type { TranscriptItem } from '@iep/core/contract';
import { itemView, type ItemRow } from './items.view.js';
import { findTranscript } from './transcripts.repository.js';
import { getTranscriptBundle } from './transcripts.service.js';
import { holdRecordingParents } from '../db/lock-order.js';
import { tapsOfItems } from './items.taps.js';

// Items found in a meeting's transcript and bookmarks, and the parent's decisions on them. Extraction runs when a
// transcript finishes (the job's hook) and when the parent asks; the parent's decisions survive both.

export const ITEM_NOT_FOUND = 'This item was not found. Reload the list of items.';

/**
 * Extracts items from the transcript the recording shows (as corrected) and its bookmarks, and stores them: new
 * findings as suggestions, the parent's decisions kept, suggestions no longer found removed. Null when the
 * recording is not in this case. No owner check: the transcription job calls it; routes check the owner first.
 */
export async function runExtraction(
  storage: Storage,
  caseId: string,
  recordingId: string,
): Promise<TranscriptItem[] | null> {
  const bundle = await getTranscriptBundle(storage, caseId, recordingId);
  if (bundle === null) return null;
  const file = await findCaseFile(storage.db, caseId);
  const meetingDate = meetingDay(file, bundle.meetingId, storage.now());
  const utterances = utterancesFromSegments(bundle.view.segments, bundle.bookmarks);
  // Who is who (the team's roles, the parents): only the school refuses, and questions are mostly the family's.
  const speakers = file === null ? undefined : speakersOfCase(file);
  // The case's closures (winter break, workdays): "in ten school days" is counted on the school's calendar.
  const found = toFound(
    extractItems(utterances, {
      meetingDate,
      closures: file?.closures ?? [],
      ...(speakers === undefined ? {} : { speakers }),
    }),
  );
  // The run whose segments were read (a re-run still going shows the previous finished one).
  const transcriptId = bundle.shownTranscriptId;
  const now = storage.now().toISOString();
  const row = (item: FoundItem): ItemRow => ({
    id: newId(),
    recording_id: recordingId,
    case_id: caseId,
    meeting_id: bundle.meetingId,
    transcript_id: transcriptId,
    kind: item.kind,
    text: item.text,
    who: item.who,
    due: item.due,
    start_ms: item.startMs,
    source: item.source,
    status: 'suggested',
    edited: 0,
    done_at: null,
    machine_key: item.machineKey,
    created_at: now,
    updated_at: now,
  });
  await storage.db.transaction().execute(async (trx) => {
    // The recording may be deleted right now (the parent pressed Delete as the transcript finished): wait for
    // that, in the one lock order (db/lock-order.ts), and write nothing if it is gone.
    if (!(await holdRecordingParents(trx, storage.dialect, { caseId, recordingId }))) return;
    const known = (await listItemsOfRecording(trx, recordingId)).map((r) => ({
      id: r.id,
      machineKey: r.machine_key,
      status: r.status,
      edited: Number(r.edited) === 1,
      text: r.text,
      who: r.who,
      due: r.due,
      startMs: r.start_ms === null ? null : Number(r.start_ms),
      source: r.source,
      transcriptId: r.transcript_id,
    }));
    const change = reconcileItems(known, found, transcriptId);
    await deleteItems(trx, change.remove);
    for (const { id, item } of change.refresh) {
      await updateItem(trx, id, {
        text: item.text,
        who: item.who,
        due: item.due,
        start_ms: item.startMs,
        source: item.source,
        transcript_id: transcriptId,
        updated_at: now,
      });
    }
    await insertItems(trx, change.insert.map(row));
  });
  return withTaps(storage, caseId, await listItemsOfRecording(storage.db, recordingId));
}

/** Each item with the companion tap it backs up, if any (the items of one recording: one meeting). */
async function withTaps(
  storage: Storage,
  caseId: string,
  rows: readonly ItemRow[],
): Promise<TranscriptItem[]> {
  const meetingId = rows[0]?.meeting_id;
  if (meetingId === undefined) return [];
  const taps = await tapsOfItems(storage.db, caseId, meetingId, rows);
  return rows.map((row) => itemView(row, taps.get(row.id) ?? null));
}

/** The transcription job's hook (`onDone`): extraction runs as soon as a transcript is finished. */
export async function extractAfterTranscript(storage: Storage, transcriptId: string): Promise<void> {
  const transcript = await findTranscript(storage.db, transcriptId);
  if (transcript !== null) await runExtraction(storage, transcript.case_id, transcript.recording_id);
}

/** The recording when the case is the user's and the recording is in it. */
async function userRecording(
  storage: Storage,
  ownerId: string,
  caseId: string,
  recordingId: string,
): Promise<CaseResult<{ id: string }>> {
  if (!(await ownsCase(storage, ownerId, caseId))) return notFound;
  const recording = await findRecording(storage.db, caseId, recordingId);
  return recording ? ok(recording) : partNotFound(RECORDING_NOT_FOUND);
}

export async function listItems(
  storage: Storage,
  ownerId: string,
  caseId: string,
  recordingId: string,
): Promise<CaseResult<{ items: TranscriptItem[] }>> {
  const found = await userRecording(storage, ownerId, caseId, recordingId);
  if (found.kind !== 'ok') return found;
  return ok({ items: await withTaps(storage, caseId, await listItemsOfRecording(storage.db, recordingId)) });
}

export async function extractForUser(
  storage: Storage,
  ownerId: string,
  caseId: string,
  recordingId: string,
): Promise<CaseResult<{ items: TranscriptItem[] }>> {
  const found = await userRecording(storage, ownerId, caseId, recordingId);
  if (found.kind !== 'ok') return found;
  const items = await runExtraction(storage, caseId, recordingId);
  return items === null ? partNotFound(RECORDING_NOT_FOUND) : ok({ items });
}

/**
 * Applies the parent's change. Changing what the item says marks it edited (extraction leaves it alone from then
 * on); confirming or dropping it goes on the case's paper trail.
 */
export async function patchItem(
  storage: Storage,
  input: { ownerId: string; caseId: string; itemId: string; patch: ItemPatch },
): Promise<CaseResult<{ item: TranscriptItem }>> {
  if (!(await ownsCase(storage, input.ownerId, input.caseId))) return notFound;
  const current = await findItem(storage.db, input.caseId, input.itemId);
  if (current === null) return partNotFound(ITEM_NOT_FOUND);
  const { patch } = input;
  const now = storage.now().toISOString();
  const next: ItemRow = { ...current, updated_at: now };
  const say = (key: 'kind' | 'text' | 'who' | 'due') => {
    const value = patch[key];
    if (value === undefined || value === current[key]) return;
    Object.assign(next, { [key]: value, edited: 1 });
  };
  for (const key of ['kind', 'text', 'who', 'due'] as const) say(key);
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.done !== undefined) next.done_at = patch.done ? (current.done_at ?? now) : null;
  const decided = next.status !== current.status && next.status !== 'suggested' ? next.status : null;
  await storage.db.transaction().execute(async (trx) => {
    const ids = { caseId: input.caseId, recordingId: current.recording_id };
    if (!(await holdRecordingParents(trx, storage.dialect, ids))) return;
    await updateItem(trx, current.id, {
      kind: next.kind,
      text: next.text,
      who: next.who,
      due: next.due,
      status: next.status,
      edited: next.edited,
      done_at: next.done_at,
      updated_at: now,
    });
    if (decided !== null) {
      await insertCaseEvent(trx, {
        caseId: input.caseId,
        at: now,
        kind: decided === 'confirmed' ? 'item.confirmed' : 'item.dropped',
        data: {
          itemId: current.id,
          recordingId: current.recording_id,
          meetingId: current.meeting_id,
          kind: next.kind,
          text: next.text,
        },
      });
    }
  });
  const [item] = await withTaps(storage, input.caseId, [next]);
  return item === undefined ? notFound : ok({ item });
}
