// Importing probes, progress reports, service logs and test results from CSV or spreadsheet exports.
export {
  ASSESSMENT_PROGRAMS,
  IMPORT_FIELDS,
  IMPORT_KINDS,
  isImportKind,
  type ImportField,
  type ImportFieldType,
  type ImportKind,
} from './import-fields.js';
export type {
  AssessmentRecord,
  ImportMapping,
  ImportProblem,
  ImportRecord,
  ImportTable,
  ImportValidation,
  ProbeRecord,
  ProgressReportRecord,
  ServiceLogRecord,
} from './import-types.js';
export { parseCsv, toCsv } from './csv.js';
export { normalizeHeader, suggestMapping } from './mapping.js';
export { readDate, readNumber } from './parse-values.js';
export { validateImportRows } from './validate.js';
export { mergeImport } from './merge.js';
export { importTemplate } from './template.js';
