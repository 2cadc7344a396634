import type { Kysely, Selectable } from 'kysely';
import type { EvidenceBuild, EvidencePurpose } from '@iep/core/contract';
import type { Database, EvidenceBuildsTable } from '../../db/schema.js';

// The evidence_builds table: one row per binder built for a case.

type Db = Kysely<Database>;
export type EvidenceBuildRow = Selectable<EvidenceBuildsTable>;

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

export function buildView(row: EvidenceBuildRow, progress: number): EvidenceBuild {
  return {
    id: row.id,
    purpose: row.purpose as EvidencePurpose,
    status: row.status,
    progress: row.status === 'ready' ? 1 : row.status === 'queued' ? 0 : progress,
    chosen: row.chosen,
    exhibits: row.exhibits,
    pages: row.pages,
    pdfBytes: num(row.pdf_bytes),
    pdfSha256: row.pdf_sha256,
    zipBytes: num(row.zip_bytes),
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export async function insertBuild(db: Db, row: EvidenceBuildRow): Promise<void> {
  await db.insertInto('evidence_builds').values(row).execute();
}

export async function findBuild(db: Db, caseId: string, id: string): Promise<EvidenceBuildRow | undefined> {
  return db
    .selectFrom('evidence_builds')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findBuildById(db: Db, id: string): Promise<EvidenceBuildRow | undefined> {
  return db.selectFrom('evidence_builds').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listBuilds(db: Db, caseId: string): Promise<EvidenceBuildRow[]> {
  return db
    .selectFrom('evidence_builds')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Updates a build; false when the row is gone (deleted while it was building). */
export async function updateBuild(
  db: Db,
  id: string,
  patch: Partial<Omit<EvidenceBuildsTable, 'id' | 'case_id'>>,
): Promise<boolean> {
  const result = await db.updateTable('evidence_builds').set(patch).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteBuildRow(db: Db, caseId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('evidence_builds')
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
