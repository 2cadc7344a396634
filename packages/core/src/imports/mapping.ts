import { IMPORT_FIELDS, type ImportKind } from './import-fields.js';
import type { ImportMapping, ImportProblem } from './import-types.js';

// Matching the file's columns to our fields. Headers are compared without case, spaces or punctuation, so
// "Goal ID", "goal_id" and "GoalId" all match the field goalId.

export const normalizeHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9#]+/g, '');

/** The column we think holds each field, or null. A column is used for one field at most. */
export function suggestMapping(kind: ImportKind, headers: readonly string[]): ImportMapping {
  const used = new Set<number>();
  const mapping: ImportMapping = {};
  const normalized = headers.map(normalizeHeader);
  const fields = IMPORT_FIELDS[kind];
  // Exact id or label matches first, so that an alias of one field cannot take another field's own column.
  for (const pass of ['own', 'alias'] as const) {
    for (const field of fields) {
      if (mapping[field.id] != null) continue;
      const names = pass === 'own' ? [field.id, field.label] : field.aliases.filter((a) => a.trim() !== '');
      const wanted = new Set(names.map(normalizeHeader));
      const index = normalized.findIndex((h, i) => !used.has(i) && h !== '' && wanted.has(h));
      if (index >= 0) {
        used.add(index);
        mapping[field.id] = headers[index] ?? null;
      } else mapping[field.id] = null;
    }
  }
  return mapping;
}

/**
 * Checks a mapping against the file's headers: every required field needs a column, a named column must exist,
 * and one column cannot feed two fields. Returns the column index of each mapped field.
 */
export function resolveMapping(
  kind: ImportKind,
  fileName: string,
  headers: readonly string[],
  mapping: ImportMapping,
): { columns: Map<string, number>; problems: ImportProblem[] } {
  const columns = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const takenBy = new Map<number, string>();
  for (const field of IMPORT_FIELDS[kind]) {
    const header = mapping[field.id];
    if (header === undefined || header === null || header === '') {
      if (field.required) {
        problems.push({
          file: fileName,
          row: 1,
          column: field.label,
          field: field.id,
          message: `The file needs a column for "${field.label}". Add it, or pick the column that holds it.`,
        });
      }
      continue;
    }
    const index = headers.indexOf(header);
    if (index < 0) {
      problems.push({
        file: fileName,
        row: 1,
        column: header,
        field: field.id,
        message: `There is no column named "${header}" in the first row of the file.`,
      });
      continue;
    }
    const other = takenBy.get(index);
    if (other !== undefined) {
      problems.push({
        file: fileName,
        row: 1,
        column: header,
        field: field.id,
        message: `The column "${header}" is already used for "${other}". Pick a different column for "${field.label}".`,
      });
      continue;
    }
    takenBy.set(index, field.label);
    columns.set(field.id, index);
  }
  return { columns, problems };
}
