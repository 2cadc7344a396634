import type { Kysely, Transaction } from 'kysely';
import type { Database, DocumentRow, DocumentsTable } from '../db/schema.js';
import type { PageText } from './readers.js';

// The binder's queries: documents and their pages (no other feature's tables).

type Db = Kysely<Database> | Transaction<Database>;

export async function listDocuments(db: Db, caseId: string): Promise<DocumentRow[]> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function findDocument(db: Db, caseId: string, id: string): Promise<DocumentRow | undefined> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findDocumentById(db: Db, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findBySha(db: Db, caseId: string, sha256: string): Promise<DocumentRow | undefined> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export async function insertDocument(db: Db, row: DocumentsTable): Promise<void> {
  await db.insertInto('documents').values(row).execute();
}

export async function updateDocument(
  db: Db,
  id: string,
  values: Partial<Omit<DocumentsTable, 'id' | 'case_id'>>,
): Promise<void> {
  await db.updateTable('documents').set(values).where('id', '=', id).execute();
}

export async function deleteDocumentRow(db: Db, caseId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('documents')
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function listPages(db: Db, documentId: string): Promise<PageText[]> {
  const rows = await db
    .selectFrom('document_pages')
    .select(['page_no', 'text', 'source'])
    .where('document_id', '=', documentId)
    .orderBy('page_no')
    .execute();
  return rows.map((r) => ({ n: Number(r.page_no), text: r.text, source: r.source }));
}

/**
 * Saves one page (again: a resumed job rewrites the page it was on). A NUL character a reader handed back from a
 * damaged file is dropped: PostgreSQL refuses it in text, and it is no letter of the page.
 */
export async function savePage(db: Db, caseId: string, documentId: string, read: PageText): Promise<void> {
  const page = { ...read, text: read.text.replaceAll('\u0000', '') };
  await db
    .insertInto('document_pages')
    .values({
      document_id: documentId,
      case_id: caseId,
      page_no: page.n,
      text: page.text,
      source: page.source,
    })
    .onConflict((oc) =>
      oc.columns(['document_id', 'page_no']).doUpdateSet({ text: page.text, source: page.source }),
    )
    .execute();
}

export async function deletePages(db: Db, documentId: string): Promise<void> {
  await db.deleteFrom('document_pages').where('document_id', '=', documentId).execute();
}

/** The start of the text (the first pages), for guessing the kind and the date. */
export async function headText(db: Db, documentId: string, pages = 2): Promise<string> {
  const rows = await db
    .selectFrom('document_pages')
    .select('text')
    .where('document_id', '=', documentId)
    .where('page_no', '<=', pages)
    .orderBy('page_no')
    .execute();
  return rows.map((r) => r.text).join('\n\n');
}

/** Every document blob of a case (the backup reads them). */
export async function documentBlobsOfCase(
  db: Db,
  caseId: string,
): Promise<{ id: string; blob_id: string }[]> {
  return db.selectFrom('documents').select(['id', 'blob_id']).where('case_id', '=', caseId).execute();
}
