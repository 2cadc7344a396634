import {
  IMPORT_FIELDS,
  mergeImport,
  suggestMapping,
  validateImportRows,
  type ImportKind,
  type ImportMapping,
  type ImportProblem,
} from '@iep/core';
import type { ImportCommit, ImportPreview } from '@iep/core/contract';
import type { Storage } from '../db/open-storage.js';
import { changeCase, getStoredCase, STALE_VERSION_MESSAGE, type StoredCase } from '../cases/cases.service.js';
import { conflict, notFound, ok, type CaseResult } from '../cases/case-results.js';
import { readImportFile } from './read-upload.js';

// Preview and commit of an import file (CSV or XLSX) into a case. The commit validates again against the case as
// it is at that moment and writes through changeCase (version check, case event), so nothing half-done is saved.

export interface ImportUpload {
  kind: ImportKind;
  fileName: string;
  data: Buffer;
  /** The parent's column choices; fields left out use our suggestion. */
  mapping?: ImportMapping | undefined;
}

export type ImportCommitResult =
  | CaseResult<ImportCommit>
  | { kind: 'has-problems'; message: string; problems: ImportProblem[] };

export const HAS_PROBLEMS_MESSAGE =
  'Some rows have problems, so nothing was imported. Fix them in the file and try again, or choose to import only the clean rows.';

/** Reads and checks a file against a case file; shared by preview, commit and the CLI. */
export async function checkImport(caseFile: StoredCase['file'], upload: ImportUpload) {
  const { table, problems: fileProblems } = await readImportFile(upload.fileName, upload.data);
  const mapping = { ...suggestMapping(upload.kind, table.headers), ...(upload.mapping ?? {}) };
  const result = validateImportRows(upload.kind, table, mapping, caseFile);
  const rowsTotal = table.rows.filter((cells) => cells.some((c) => c.trim() !== '')).length;
  return { table, mapping, rowsTotal, ...result, problems: [...fileProblems, ...result.problems] };
}

export async function previewImport(
  storage: Storage,
  ownerId: string,
  caseId: string,
  upload: ImportUpload,
): Promise<CaseResult<ImportPreview>> {
  const stored = await getStoredCase(storage, ownerId, caseId);
  if (!stored) return notFound;
  const checked = await checkImport(stored.file, upload);
  return ok({
    kind: upload.kind,
    fileName: upload.fileName,
    headers: checked.table.headers,
    mapping: checked.mapping,
    fields: IMPORT_FIELDS[upload.kind],
    rowsTotal: checked.rowsTotal,
    cleanRows: checked.cleanRecords.length,
    problems: checked.problems,
    sample: checked.records.slice(0, 20),
  });
}

/**
 * Imports a file: with problems and onlyClean false, nothing changes (has-problems). With onlyClean, the clean
 * rows are imported and the others skipped. `expectedVersion`, when given, must still be the case's version.
 */
export async function commitImport(
  storage: Storage,
  ownerId: string,
  caseId: string,
  upload: ImportUpload & { onlyClean: boolean; expectedVersion?: number | undefined },
): Promise<ImportCommitResult> {
  const stored = await getStoredCase(storage, ownerId, caseId);
  if (!stored) return notFound;
  if (upload.expectedVersion !== undefined && upload.expectedVersion !== stored.version)
    return conflict(STALE_VERSION_MESSAGE);
  const first = await checkImport(stored.file, upload);
  if (first.problems.length > 0 && !upload.onlyClean)
    return { kind: 'has-problems', message: HAS_PROBLEMS_MESSAGE, problems: first.problems };

  // Nothing to add (every row has a problem): answer without writing, so the version and history stay as they are.
  if (first.cleanRecords.length === 0) return ok({ imported: 0, skipped: first.rowsTotal, case: stored });

  let imported = 0;
  let rowsTotal = first.rowsTotal;
  const result = await changeCase(storage, ownerId, caseId, 'case.updated', (file) => {
    // Checked again on the file being changed: another write may have come in since the first check.
    const now = validateImportRows(upload.kind, first.table, first.mapping, file);
    if (now.problems.length > first.problems.length && !upload.onlyClean)
      return conflict(STALE_VERSION_MESSAGE);
    imported = now.cleanRecords.length;
    rowsTotal = first.rowsTotal;
    return {
      file: mergeImport(file, upload.kind, now.cleanRecords),
      data: {
        change: 'import',
        importKind: upload.kind,
        fileName: upload.fileName,
        imported,
        skipped: rowsTotal - imported,
      },
    };
  });
  if (result.kind !== 'ok') return result;
  return ok({ imported, skipped: rowsTotal - imported, case: result.value });
}
