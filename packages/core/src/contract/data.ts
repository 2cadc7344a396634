import { z } from 'zod';
import type { CaseAnalysis } from '../analysis/analyze-case.js';
import { SERVICE_LOG_STATUSES } from '../case/case-schema.js';
import { IMPORT_KINDS, type ImportField } from '../imports/import-fields.js';
import type { ImportRecord } from '../imports/import-types.js';
import { storedCaseSchema } from './cases.js';
import { coreShape, isoDay } from './shape.js';

// The data check: the case analysis, imports (preview and commit of a CSV or XLSX) and manual entries.

export const caseAnalysisSchema = coreShape<CaseAnalysis>('a case analysis', {
  asOf: 'required',
  findings: 'required',
  services: 'required',
  goals: 'required',
  serviceMinutesCaveat: 'required',
});

export const importProblemSchema = z.strictObject({
  file: z.string(),
  row: z.number().int(),
  column: z.string(),
  field: z.string(),
  message: z.string(),
});

export const importFieldSchema = coreShape<ImportField>('an import field', {
  id: 'required',
  label: 'required',
  required: 'required',
  type: 'required',
  values: 'optional',
  aliases: 'required',
});

/** One readable row of an import, as core's ImportRecord (one shape per kind). */
export const importRecordSchema = z.custom<ImportRecord>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    (IMPORT_KINDS as readonly unknown[]).includes((value as { kind?: unknown }).kind) &&
    typeof (value as { row?: unknown }).row === 'number' &&
    typeof (value as { clean?: unknown }).clean === 'boolean',
  { error: 'Expected an import record with kind, row and clean.' },
);

export const importPreviewSchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string().nullable()),
  fields: z.array(importFieldSchema),
  rowsTotal: z.number().int(),
  cleanRows: z.number().int(),
  problems: z.array(importProblemSchema),
  /** The first 20 readable rows, clean rows first. */
  sample: z.array(importRecordSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importCommitSchema = z.strictObject({
  imported: z.number().int(),
  skipped: z.number().int(),
  case: storedCaseSchema,
});
export type ImportCommit = z.infer<typeof importCommitSchema>;

export const newProbeBodySchema = z.strictObject({
  date: isoDay,
  score: z.number(),
  phaseId: z.string().optional(),
  note: z.string().optional(),
});
export type NewProbeBody = z.infer<typeof newProbeBodySchema>;

export const newServiceLogBodySchema = z.strictObject({
  date: isoDay,
  minutes: z.number().int().min(0).max(1440),
  status: z.enum(SERVICE_LOG_STATUSES),
  reason: z.string().optional(),
});
export type NewServiceLogBody = z.infer<typeof newServiceLogBodySchema>;

/** The multipart fields of the two import routes (besides the `file` part). */
export const IMPORT_FORM_FIELDS = ['kind', 'mapping', 'onlyClean', 'version'] as const;
