import { PROGRESS_STATUSES, SERVICE_LOG_STATUSES } from '../case/index.js';

// What each kind of import file holds. School exports name their columns many ways, so every field lists the
// header spellings we recognize (aliases); enum values list the words schools use for them.

export const IMPORT_KINDS = ['probes', 'progress-reports', 'service-log', 'assessments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportFieldType = 'text' | 'number' | 'date' | 'enum';

export interface ImportField {
  id: string;
  label: string;
  required: boolean;
  type: ImportFieldType;
  /** The allowed values of an enum field, as stored in the case file. */
  values?: string[];
  /** Other header names that mean this field (compared without case, spaces or punctuation). */
  aliases: string[];
}

export const ASSESSMENT_PROGRAMS = ['MAP', 'MAP-A', 'other'] as const;

export const IMPORT_FIELDS: Record<ImportKind, ImportField[]> = {
  probes: [
    {
      id: 'goalId',
      label: 'Goal ID',
      required: true,
      type: 'text',
      aliases: ['goal', 'goal id', 'goal number', 'goal #'],
    },
    {
      id: 'date',
      label: 'Date',
      required: true,
      type: 'date',
      aliases: ['probe date', 'date given', 'assessment date', 'session date'],
    },
    {
      id: 'score',
      label: 'Score',
      required: true,
      type: 'number',
      aliases: ['value', 'result', 'wcpm', 'percent', 'percent correct', 'accuracy', 'data', 'probe score'],
    },
    { id: 'phaseId', label: 'Phase ID', required: false, type: 'text', aliases: ['phase', 'phase id'] },
    { id: 'note', label: 'Note', required: false, type: 'text', aliases: ['notes', 'comment', 'comments'] },
  ],
  'progress-reports': [
    { id: 'goalId', label: 'Goal ID', required: true, type: 'text', aliases: ['goal', 'goal number'] },
    {
      id: 'period',
      label: 'Period',
      required: true,
      type: 'text',
      aliases: ['reporting period', 'quarter', 'term', 'marking period', 'report'],
    },
    { id: 'date', label: 'Date', required: true, type: 'date', aliases: ['report date', 'date reported'] },
    {
      id: 'status',
      label: 'Status',
      required: true,
      type: 'enum',
      values: [...PROGRESS_STATUSES],
      aliases: ['progress', 'progress status', 'progress code', 'rating'],
    },
    {
      id: 'narrative',
      label: 'Narrative',
      required: false,
      type: 'text',
      aliases: ['comment', 'comments', 'notes', 'progress note', 'description'],
    },
  ],
  'service-log': [
    {
      id: 'serviceId',
      label: 'Service ID',
      required: true,
      type: 'text',
      aliases: ['service', 'service id', 'service number'],
    },
    { id: 'date', label: 'Date', required: true, type: 'date', aliases: ['session date', 'service date'] },
    {
      id: 'minutes',
      label: 'Minutes',
      required: true,
      type: 'number',
      aliases: ['mins', 'duration', 'minutes delivered', 'time', 'session minutes'],
    },
    {
      id: 'status',
      label: 'Status',
      required: true,
      type: 'enum',
      values: [...SERVICE_LOG_STATUSES],
      aliases: ['session status', 'attendance', 'delivered', 'outcome'],
    },
    {
      id: 'reason',
      label: 'Reason',
      required: false,
      type: 'text',
      aliases: ['reason missed', 'missed reason', 'note', 'notes', 'comment'],
    },
  ],
  assessments: [
    {
      id: 'program',
      label: 'Program',
      required: true,
      type: 'enum',
      values: [...ASSESSMENT_PROGRAMS],
      aliases: ['test', 'assessment', 'test name'],
    },
    {
      id: 'schoolYear',
      label: 'School year',
      required: true,
      type: 'text',
      aliases: ['year', 'school year', 'test year'],
    },
    { id: 'subject', label: 'Subject', required: true, type: 'text', aliases: ['content area', 'content'] },
    { id: 'grade', label: 'Grade', required: false, type: 'text', aliases: ['grade level', 'tested grade'] },
    {
      id: 'level',
      label: 'Level',
      required: false,
      type: 'text',
      aliases: ['achievement level', 'performance level', 'proficiency', 'proficiency level'],
    },
    {
      id: 'scaleScore',
      label: 'Scale score',
      required: false,
      type: 'number',
      aliases: ['scale score', 'score', 'ss'],
    },
  ],
};

/**
 * Words schools use for each stored enum value (compared after lower-casing and turning spaces and
 * underscores into dashes). The stored value itself always counts.
 */
export const ENUM_ALIASES: Record<string, Record<string, string[]>> = {
  status: {
    mastered: ['met', 'goal-met', 'achieved', 'mastered-goal', 'm'],
    'sufficient-progress': ['sufficient', 'making-sufficient-progress', 'sp', 'adequate-progress'],
    progressing: ['progress', 'making-progress', 'in-progress', 'progress-made', 'p'],
    'limited-progress': ['limited', 'insufficient-progress', 'some-progress', 'lp'],
    'no-progress': ['none', 'np', 'no-progress-made'],
    regressing: ['regression', 'regressed', 'r'],
    'not-introduced': ['not-yet-introduced', 'not-addressed', 'ni'],
    other: [],
    delivered: ['provided', 'served', 'complete', 'completed', 'done', 'yes', 'present', 'given'],
    missed: [
      'not-delivered',
      'not-provided',
      'cancelled',
      'canceled',
      'no',
      'absent',
      'student-absent',
      'provider-absent',
      'no-show',
    ],
    'make-up': ['makeup', 'make-up-session', 'made-up', 'makeup-session', 'compensatory'],
  },
  program: {
    MAP: ['missouri-assessment-program', 'map-grade-level'],
    'MAP-A': ['mapa', 'map-alternate', 'dlm', 'map-a-dlm'],
    other: [],
  },
};

/** Status words that also tell why a session was missed; used as the reason when the row gives none. */
export const STATUS_REASONS: Record<string, string> = {
  absent: 'student absent',
  'student-absent': 'student absent',
  'provider-absent': 'provider absent',
};

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}
