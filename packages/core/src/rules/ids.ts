// Ids that letters and the planner both name (a task asks for a letter; a letter says which task it does), in a
// file of their own so neither types file imports the other.

export const LETTER_KINDS = [
  'recording-notice',
  'records-request',
  'concerns',
  'pwn-request',
  'follow-up',
  'evaluation-request',
  'iee-request',
  'comp-ed-request',
  'sunshine-followup',
  'child-complaint',
  'notice-missing-parts',
  'iep-correction',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const TASK_IDS = [
  'records-request',
  'recording-notice',
  'data-review',
  'concerns-letter',
  'support-person',
  'meeting-checklist',
  'follow-up',
  'pwn-request',
] as const;
export type TaskId = (typeof TASK_IDS)[number];
