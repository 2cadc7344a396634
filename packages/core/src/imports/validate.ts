import type { CaseFile } from '../case/index.js';
import { IMPORT_FIELDS, STATUS_REASONS, type ImportField, type ImportKind } from './import-fields.js';
import type { ImportMapping, ImportRecord, ImportTable, ImportValidation } from './import-types.js';
import { resolveMapping } from './mapping.js';
import {
  readDate,
  readEnum,
  readId,
  readMinutes,
  readNumber,
  readSchoolYear,
  readText,
  type Read,
} from './parse-values.js';

// Checks every row of an import against the field rules and the case: nothing is guessed, and every problem
// names the file, the row and the column, so the parent can fix the spreadsheet and try again.

/** The case file's own length limits for the text fields (so a clean row always fits in the case). */
const TEXT_LIMITS: Record<string, number> = {
  note: 1000,
  period: 100,
  narrative: 4000,
  reason: 200,
  subject: 200,
  grade: 20,
  level: 100,
};

function readField(field: ImportField, raw: string): Read<string | number> {
  if (field.id === 'goalId' || field.id === 'serviceId' || field.id === 'phaseId') return readId(raw);
  if (field.id === 'minutes') return readMinutes(raw);
  if (field.id === 'schoolYear') return readSchoolYear(raw);
  switch (field.type) {
    case 'date':
      return readDate(raw);
    case 'number':
      return readNumber(raw);
    case 'enum':
      return readEnum(raw, field.id, field.values ?? []);
    case 'text':
      return readText(raw, TEXT_LIMITS[field.id] ?? 4000);
  }
}

/** The key that makes two rows "the same entry" (a duplicate), per kind. */
export function recordKey(record: ImportRecord): string {
  switch (record.kind) {
    case 'probes':
      return `${record.goalId}|${record.date}`;
    case 'progress-reports':
      return `${record.goalId}|${record.period.toLowerCase()}|${record.date}`;
    case 'service-log':
      return `${record.serviceId}|${record.date}|${record.status}`;
    case 'assessments':
      return `${record.program}|${record.schoolYear}|${record.subject.toLowerCase()}`;
  }
}

/** The keys of what the case already holds, per kind (to find rows that would add a second copy). */
export function caseKeys(caseFile: CaseFile, kind: ImportKind): Set<string> {
  const keys = new Set<string>();
  if (kind === 'probes')
    for (const g of caseFile.goals) for (const p of g.probes) keys.add(`${g.id}|${p.date}`);
  if (kind === 'progress-reports')
    for (const g of caseFile.goals)
      for (const r of g.reports) keys.add(`${g.id}|${r.period.toLowerCase()}|${r.date}`);
  if (kind === 'service-log')
    for (const s of caseFile.services) for (const e of s.log) keys.add(`${s.id}|${e.date}|${e.status}`);
  if (kind === 'assessments')
    for (const a of caseFile.assessments) keys.add(`${a.program}|${a.schoolYear}|${a.subject.toLowerCase()}`);
  return keys;
}

const SAME: Record<ImportKind, string> = {
  probes: 'the same goal and date',
  'progress-reports': 'the same goal, period and date',
  'service-log': 'the same service, date and status',
  assessments: 'the same test, school year and subject',
};

const IN_CASE: Record<ImportKind, string> = {
  probes: 'The case already has a score for this goal on this date.',
  'progress-reports': 'The case already has this progress report for this goal.',
  'service-log': 'The service log in the case already has an entry for this service, date and status.',
  assessments: 'The case already has this result.',
};

function buildRecord(kind: ImportKind, row: number, v: Map<string, string | number>): ImportRecord {
  const s = (id: string) => v.get(id) as string;
  const opt = <K extends string>(key: K, value: string | number | undefined) =>
    value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, never>);
  const base = { row, clean: true };
  switch (kind) {
    case 'probes':
      return {
        ...base,
        kind,
        goalId: s('goalId'),
        date: s('date'),
        score: v.get('score') as number,
        ...opt('phaseId', v.get('phaseId')),
        ...opt('note', v.get('note')),
      };
    case 'progress-reports':
      return {
        ...base,
        kind,
        goalId: s('goalId'),
        period: s('period'),
        date: s('date'),
        status: s('status') as never,
        ...opt('narrative', v.get('narrative')),
      };
    case 'service-log':
      return {
        ...base,
        kind,
        serviceId: s('serviceId'),
        date: s('date'),
        minutes: v.get('minutes') as number,
        status: s('status') as never,
        ...opt('reason', v.get('reason')),
      };
    case 'assessments':
      return {
        ...base,
        kind,
        program: s('program') as never,
        schoolYear: s('schoolYear'),
        subject: s('subject'),
        ...opt('grade', v.get('grade')),
        ...opt('level', v.get('level')),
        ...opt('scaleScore', v.get('scaleScore')),
      };
  }
}

/** Problems that need the case: unknown goal, service or phase. */
function referenceProblem(
  record: ImportRecord,
  caseFile: CaseFile,
  goals: Map<string, CaseFile['goals'][number]>,
  services: Set<string>,
): { field: string; message: string } | null {
  if (record.kind === 'probes' || record.kind === 'progress-reports') {
    const goal = goals.get(record.goalId);
    if (goal === undefined) {
      const known = caseFile.goals.map((g) => g.id).join(', ') || 'none yet';
      return {
        field: 'goalId',
        message: `There is no goal "${record.goalId}" in this case. Goal ids in the case: ${known}.`,
      };
    }
    if (record.kind === 'probes' && record.phaseId !== undefined) {
      if (!(goal.phases ?? []).some((p) => p.id === record.phaseId)) {
        return {
          field: 'phaseId',
          message: `Goal "${goal.id}" has no phase "${record.phaseId}". Add the phase to the goal first, or leave this empty.`,
        };
      }
    }
  }
  if (record.kind === 'service-log' && !services.has(record.serviceId)) {
    const known = caseFile.services.map((s) => s.id).join(', ') || 'none yet';
    return {
      field: 'serviceId',
      message: `There is no service "${record.serviceId}" in this case. Service ids in the case: ${known}.`,
    };
  }
  return null;
}

/**
 * Validates the rows of a file for one kind of import against a case. Blank rows are skipped. A row with a
 * value we cannot read gives no record; a readable row that repeats another or names an unknown goal is kept
 * as a record marked not clean, so the preview can show it next to its problem.
 */
export function validateImportRows(
  kind: ImportKind,
  table: ImportTable,
  mapping: ImportMapping,
  caseFile: CaseFile,
): ImportValidation {
  const file = table.fileName;
  const { columns, problems } = resolveMapping(kind, file, table.headers, mapping);
  if (problems.length > 0) return { records: [], cleanRecords: [], problems };

  const fields = IMPORT_FIELDS[kind].filter((f) => columns.has(f.id));
  const goals = new Map(caseFile.goals.map((g) => [g.id, g]));
  const services = new Set(caseFile.services.map((s) => s.id));
  const inCase = caseKeys(caseFile, kind);
  const firstRowOf = new Map<string, number>();
  const clean: ImportRecord[] = [];
  const unclean: ImportRecord[] = [];

  table.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const values = new Map<string, string | number>();
    let readable = true;
    for (const field of fields) {
      const column = columns.get(field.id) ?? 0;
      const raw = cells[column] ?? '';
      const header = table.headers[column] ?? field.label;
      if (raw.trim() === '') {
        if (field.required) {
          problems.push({
            file,
            row,
            column: header,
            field: field.id,
            message: `"${field.label}" is empty.`,
          });
          readable = false;
        }
        continue;
      }
      const read = readField(field, raw);
      if (read.ok) values.set(field.id, read.value);
      else {
        problems.push({ file, row, column: header, field: field.id, message: read.message });
        readable = false;
      }
    }
    if (!readable) return;
    if (kind === 'service-log' && !values.has('reason')) {
      // "Student absent" as a status says why the session was missed; keep that as the reason.
      const statusCell = cells[columns.get('status') ?? 0] ?? '';
      const reason =
        STATUS_REASONS[
          statusCell
            .trim()
            .toLowerCase()
            .replace(/[\s_]+/g, '-')
        ];
      if (reason !== undefined) values.set('reason', reason);
    }

    const record = buildRecord(kind, row, values);
    const rowProblems: { field: string; message: string }[] = [];
    const ref = referenceProblem(record, caseFile, goals, services);
    if (ref !== null) rowProblems.push(ref);
    const key = recordKey(record);
    // A duplicate is pointed at its date (or subject) column, so the problem always has a column.
    const dupField = kind === 'assessments' ? 'subject' : 'date';
    const first = firstRowOf.get(key);
    if (first !== undefined)
      rowProblems.push({ field: dupField, message: `This row repeats row ${first} (${SAME[kind]}).` });
    else firstRowOf.set(key, row);
    if (inCase.has(key)) rowProblems.push({ field: dupField, message: IN_CASE[kind] });

    for (const p of rowProblems) {
      const column = p.field === '' ? undefined : columns.get(p.field);
      problems.push({
        file,
        row,
        column: column === undefined ? '' : (table.headers[column] ?? ''),
        field: p.field,
        message: p.message,
      });
    }
    if (rowProblems.length === 0) clean.push(record);
    else unclean.push({ ...record, clean: false });
  });

  return { records: [...clean, ...unclean], cleanRecords: clean, problems };
}
