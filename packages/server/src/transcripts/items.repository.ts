import type { CaseFile } from '@iep/core';
import type { Kysely, Updateable } from 'kysely';
import type { Database, TranscriptItemsTable } from '../db/schema.js';
import { byTime, type ItemRow } from './items.view.js';

// Rows of transcript items. Lookups from an id in a URL also take the case id, so another case's item is "not
// found" even when its id is known.

type Db = Kysely<Database>;

export async function listItemsOfRecording(db: Db, recordingId: string): Promise<ItemRow[]> {
  const rows = await db
    .selectFrom('transcript_items')
    .selectAll()
    .where('recording_id', '=', recordingId)
    .execute();
  return rows.sort(byTime);
}

export async function findItem(db: Db, caseId: string, itemId: string): Promise<ItemRow | null> {
  const row = await db
    .selectFrom('transcript_items')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', itemId)
    .executeTakeFirst();
  return row ?? null;
}

/** Confirmed items of one meeting (every recording of it), in the order they were said. */
export async function listConfirmedItems(db: Db, caseId: string, meetingId: string): Promise<ItemRow[]> {
  const rows = await db
    .selectFrom('transcript_items')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'confirmed')
    .execute();
  return rows.sort(byTime);
}

/** The confirmed items of every meeting of the case, each meeting's in the order listConfirmedItems gives. */
export async function listConfirmedItemsOfCase(db: Db, caseId: string): Promise<ItemRow[]> {
  const rows = await db
    .selectFrom('transcript_items')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('status', '=', 'confirmed')
    .execute();
  return rows.sort(byTime);
}

/** New items; one another run made at the same moment (same recording and key) is left as it is. */
export async function insertItems(db: Db, rows: ItemRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('transcript_items')
    .values(rows)
    .onConflict((oc) => oc.columns(['recording_id', 'machine_key']).doNothing())
    .execute();
}

export async function updateItem(db: Db, id: string, set: Updateable<TranscriptItemsTable>): Promise<void> {
  await db.updateTable('transcript_items').set(set).where('id', '=', id).execute();
}

export async function deleteItems(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('transcript_items').where('id', 'in', ids).execute();
}

/**
 * A paper-trail event for an item decision. Written here rather than with insertCaseEvent, whose list of event
 * kinds belongs to the cases module; the row is the same.
 */
/**
 * The case file by id alone: extraction also runs from the background job, which has no signed-in user. Callers
 * that start from a request check the owner first.
 */
export async function findCaseFile(db: Db, caseId: string): Promise<CaseFile | null> {
  const row = await db.selectFrom('cases').select('document').where('id', '=', caseId).executeTakeFirst();
  // The document was validated before it was written, so it is read back as a CaseFile.
  return row ? (JSON.parse(row.document) as CaseFile) : null;
}
