import type { ImportKind } from '@iep/core';

// Words the data check shows for each import kind (core's IMPORT_KINDS), and the shape of a finding the parent
// adds to the "concerns" letter's draft (the draft append route takes any items; the letter reads these).

export const IMPORT_KIND_TEXT: Record<ImportKind, { label: string; hint: string }> = {
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

export interface ConcernItem {
  code: string;
  goalId: string | null;
  serviceId: string | null;
  question: string;
}
