import type { Assessment, Goal, Service } from '../case/index.js';

/** A file read into rows of text: the first row names the columns. */
export interface ImportTable {
  fileName: string;
  headers: string[];
  rows: string[][];
}

/** Which column of the file holds each field (by header name), or null when none does. */
export type ImportMapping = Record<string, string | null>;

/** One problem, located so that the parent can find it in the spreadsheet. */
export interface ImportProblem {
  file: string;
  /** 1-based; the header is row 1, so the first data row is row 2. */
  row: number;
  /** The column's header as the file writes it (or the field's label when the column is missing). */
  column: string;
  /** The field id ('' when the problem is about the whole row or file). */
  field: string;
  message: string;
}

interface RecordBase {
  /** The row in the file (header = 1). */
  row: number;
  /** False when the row has a problem (a duplicate, an unknown goal): it is shown but not imported. */
  clean: boolean;
}

export interface ProbeRecord extends RecordBase {
  kind: 'probes';
  goalId: string;
  date: string;
  score: number;
  phaseId?: string;
  note?: string;
}

export interface ProgressReportRecord extends RecordBase {
  kind: 'progress-reports';
  goalId: string;
  period: string;
  date: string;
  status: Goal['reports'][number]['status'];
  narrative?: string;
}

export interface ServiceLogRecord extends RecordBase {
  kind: 'service-log';
  serviceId: string;
  date: string;
  minutes: number;
  status: Service['log'][number]['status'];
  reason?: string;
}

export interface AssessmentRecord extends RecordBase {
  kind: 'assessments';
  program: Assessment['program'];
  schoolYear: string;
  subject: string;
  grade?: string;
  level?: string;
  scaleScore?: number;
}

export type ImportRecord = ProbeRecord | ProgressReportRecord | ServiceLogRecord | AssessmentRecord;

export interface ImportValidation {
  /** Every row that could be read, clean rows first (each group in file order). */
  records: ImportRecord[];
  /** The rows that can be imported as they are. */
  cleanRecords: ImportRecord[];
  problems: ImportProblem[];
}
