import {
  IMPORT_KINDS,
  type ImportField,
  type ImportKind,
  type ImportMapping,
  type ImportProblem,
} from '@iep/core';
import type { StoredCase } from '../../../api/types';

// Shapes of the data-check HTTP API (docs/api.md: analysis, imports, manual entry) that the web app reads.

// The import kinds and fields are core's (IMPORT_KINDS, IMPORT_FIELDS); the server sends the fields with each preview.
export const IMPORT_KIND_IDS = IMPORT_KINDS;
export type ImportKindId = ImportKind;
export type { ImportField, ImportMapping, ImportProblem };

export const IMPORT_KIND_TEXT: Record<ImportKindId, { label: string; hint: string }> = {
  probes: { label: 'Progress scores (probes)', hint: 'Scores on a goal, one row per date.' },
  'progress-reports': {
    label: 'Progress reports',
    hint: 'What each progress report said about each goal.',
  },
  'service-log': {
    label: 'Service log',
    hint: 'Each session of a service: the date, the minutes, and whether it happened.',
  },
  assessments: { label: 'Test results', hint: 'MAP or MAP-A results, one row per test.' },
};

export interface ImportPreview {
  kind: ImportKindId;
  fileName: string;
  headers: string[];
  mapping: ImportMapping;
  fields: ImportField[];
  rowsTotal: number;
  cleanRows: number;
  problems: ImportProblem[];
  sample: Record<string, unknown>[];
}

export interface ImportResult {
  imported: number;
  skipped: number;
  case: StoredCase;
}

export interface NewProbe {
  date: string;
  score: number;
  phaseId?: string;
  note?: string;
}

export const LOG_STATUSES = ['delivered', 'missed', 'make-up'] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

export interface NewLogEntry {
  date: string;
  minutes: number;
  status: LogStatus;
  reason?: string;
}

export interface ConcernItem {
  code: string;
  goalId: string | null;
  serviceId: string | null;
  question: string;
}
