import type { AnswerMark } from '@iep/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

// The answer tracker's marks (no other feature's tables but a read of the binder's document titles). Callers check
// that the case is the user's first; every query is scoped by the case id.

type Db = Kysely<Database> | Transaction<Database>;

/** The case's marks, each with the title of its document (null when none, or when the document was deleted). */
export async function listMarks(db: Db, caseId: string): Promise<AnswerMark[]> {
  const rows = await db
    .selectFrom('answer_marks as a')
    .leftJoin('documents as d', (j) =>
      j.onRef('d.id', '=', 'a.document_id').onRef('d.case_id', '=', 'a.case_id'),
    )
    .select(['a.item_id', 'a.document_id', 'a.answered_on', 'd.title'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.item_id')
    .execute();
  return rows.map((r) => ({
    itemId: r.item_id,
    documentId: r.title === null ? null : r.document_id,
    documentTitle: r.title,
    answeredOn: r.answered_on,
  }));
}

export async function saveMark(
  db: Db,
  row: {
    caseId: string;
    itemId: string;
    documentId: string | null;
    answeredOn: string;
    by: string;
    at: string;
  },
): Promise<void> {
  const values = {
    document_id: row.documentId,
    answered_on: row.answeredOn,
    marked_by: row.by,
    marked_at: row.at,
  };
  await db
    .insertInto('answer_marks')
    .values({ case_id: row.caseId, item_id: row.itemId, ...values })
    .onConflict((oc) => oc.columns(['case_id', 'item_id']).doUpdateSet(values))
    .execute();
}

/** Removes a mark; whether there was one. */
export async function deleteMark(db: Db, caseId: string, itemId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('answer_marks')
    .where('case_id', '=', caseId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
