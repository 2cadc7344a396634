import { z } from 'zod';
import { IANAZone } from 'luxon';

// The case file, format "iep-ready/case@1". This zod schema is the single source of truth:
// the shipped JSON Schema (schema/case.schema.json) is generated from it and a test keeps them equal.

export const CASE_FORMAT = 'iep-ready/case@1';

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 is refused). */
export const isoDate = z.iso.date({ error: 'Use a real date written as YYYY-MM-DD.' });
/** A wall-clock time without offset (YYYY-MM-DDTHH:mm or with :ss); it is read in the meeting's time zone. */
export const localDateTime = z.iso.datetime({
  local: true,
  error: 'Use a real date and time written as YYYY-MM-DDTHH:mm, without a time zone offset.',
});

const id = z
  .string()
  .min(1, 'The id is empty.')
  .max(64, 'The id is longer than 64 characters.')
  .regex(/^[A-Za-z0-9._-]+$/, 'Use only letters, digits, dot, dash and underscore in ids.');
const text = (max: number) =>
  z.string().trim().min(1, 'This cannot be empty.').max(max, `Keep this under ${max} characters.`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `Keep this under ${max} characters.`).optional();
const email = z.email({ error: 'This is not an email address.' });

export const PLAN_TYPES = ['IEP', '504'] as const;

/** Team roles: the members of 34 CFR 300.321(a), common related-service roles, and the custodian of records. */
export const TEAM_ROLES = [
  'regular-education-teacher',
  'special-education-teacher',
  'special-education-provider',
  'district-representative',
  'evaluation-interpreter',
  'school-psychologist',
  'speech-language-pathologist',
  'occupational-therapist',
  'physical-therapist',
  'social-worker',
  'counselor',
  'nurse',
  'behavior-specialist',
  'transition-coordinator',
  'principal',
  'section-504-coordinator',
  'interpreter',
  'student',
  'advocate',
  'custodian-of-records',
  'other',
] as const;

export const EMPLOYERS = ['district', 'ssd', 'other'] as const;

export const MEETING_KINDS = [
  'initial-iep',
  'annual-review',
  'iep-amendment',
  'eligibility',
  'evaluation-planning',
  'review-of-existing-data',
  'reevaluation',
  'manifestation-determination',
  'transition-planning',
  '504-initial',
  '504-review',
  'facilitated-iep',
  'resolution-session',
  'mediation',
  'other',
] as const;

export const teamMemberSchema = z.strictObject({
  id,
  name: text(200),
  role: z.enum(TEAM_ROLES, { error: `Use one of the roles: ${TEAM_ROLES.join(', ')}.` }),
  employer: z.enum(EMPLOYERS, { error: 'Use district, ssd or other.' }),
  title: optionalText(200),
  email: email.optional(),
  phone: optionalText(40),
  canCommitResources: z.boolean().optional(),
  caseManager: z.boolean().optional(),
});

export const parentSchema = z.strictObject({
  name: text(200),
  relationship: optionalText(60),
  email: email.optional(),
  phone: optionalText(40),
  address: optionalText(400),
  preferredLanguage: optionalText(35),
});

/**
 * A grade as schools write it: 1 to 12 (also "7th", "Grade 7", "7th grade"), K or Kindergarten, Pre-K, and the
 * programs past grade 12 (transition, post-secondary, ungraded). Written without regex flags so the JSON Schema
 * pattern is the same one.
 */
export const GRADE_PATTERN =
  /^(?:[Pp]re-?[Kk]|PK|[Kk]|[Kk]indergarten|(?:[Gg]rade )?(?:[1-9]|1[0-2])(?:st|nd|rd|th)?(?: [Gg]rade)?|12\+|[Tt]ransition|[Pp]ost-?secondary|[Uu]ngraded)$/;
export const GRADE_MESSAGE = 'Write the grade as a number from 1 to 12, K for kindergarten, or Pre-K.';

/** The earliest date of birth we accept: older is a typing mistake, not a student. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * A date of birth after today is a typing mistake. The schema has no clock (core reads none), so the caller who
 * knows today asks this: the server before it saves, the web form before it sends.
 */
export function dateOfBirthProblem(dateOfBirth: string, today: string): string | null {
  return dateOfBirth > today ? 'The date of birth is in the future. Check the year.' : null;
}

export const studentSchema = z.strictObject({
  name: text(200),
  dateOfBirth: isoDate.refine((d) => d >= EARLIEST_BIRTH_DATE, {
    error: 'The date of birth is too long ago. Check the year.',
  }),
  grade: text(20).regex(GRADE_PATTERN, GRADE_MESSAGE),
  school: text(200),
  district: text(200),
  planType: z.enum(PLAN_TYPES, { error: 'Use IEP or 504.' }),
  disabilityCategories: z.array(text(200)).max(20).optional(),
});

export const sessionSchema = z.strictObject({ start: localDateTime, end: localDateTime });

export const meetingSchema = z.strictObject({
  id,
  kind: z.enum(MEETING_KINDS, { error: `Use one of the meeting kinds: ${MEETING_KINDS.join(', ')}.` }),
  timeZone: z
    .string()
    .default('America/Chicago')
    .refine(
      (zone) => IANAZone.isValidZone(zone),
      'This is not a time zone we know. Use a name like America/Chicago.',
    ),
  location: optionalText(400),
  sessions: z
    .array(sessionSchema)
    .min(1, 'A meeting needs at least one session with a start and an end.')
    .max(20),
  notes: optionalText(4000),
});

export const closureSchema = z.strictObject({ from: isoDate, to: isoDate, reason: optionalText(200) });

const scorePoint = z.strictObject({ date: isoDate, score: z.number().finite('The score must be a number.') });

export const masterySchema = z.strictObject({
  threshold: z.number().finite(),
  comparator: z.enum(['>=', '<=', '>', '<']),
  window: z.number().int().min(1).max(100),
  required: z.number().int().min(1).max(100),
  consecutive: z.boolean(),
});

export const PROGRESS_STATUSES = [
  'mastered',
  'sufficient-progress',
  'progressing',
  'limited-progress',
  'no-progress',
  'regressing',
  'not-introduced',
  'other',
] as const;

export const goalSchema = z.strictObject({
  id,
  area: text(200),
  text: text(4000),
  measure: optionalText(200),
  direction: z.enum(['increase', 'decrease']).default('increase'),
  baseline: scorePoint.optional(),
  target: scorePoint.optional(),
  mastery: masterySchema.optional(),
  phases: z
    .array(
      z.strictObject({
        id,
        label: text(200),
        kind: z.enum(['baseline', 'intervention']),
        startDate: isoDate,
      }),
    )
    .max(50)
    .optional(),
  probes: z
    .array(scorePoint.extend({ phaseId: id.optional(), note: optionalText(1000) }))
    .max(5000)
    .default([]),
  reports: z
    .array(
      z.strictObject({
        period: text(100),
        date: isoDate,
        status: z.enum(PROGRESS_STATUSES, { error: `Use one of: ${PROGRESS_STATUSES.join(', ')}.` }),
        narrative: optionalText(4000),
      }),
    )
    .max(200)
    .default([]),
});

export const SERVICE_PERIODS = ['day', 'week', 'month', 'year'] as const;
export const SERVICE_LOG_STATUSES = ['delivered', 'missed', 'make-up'] as const;

export const serviceSchema = z.strictObject({
  id,
  name: text(200),
  setting: optionalText(200),
  providerId: id.optional(),
  minutes: z.number().int('Use whole minutes.').positive('Minutes must be more than zero.').max(100_000),
  per: z.enum(SERVICE_PERIODS, { error: 'Use day, week, month or year.' }),
  start: isoDate,
  end: isoDate,
  scheduledMinutesPerWeek: z.number().int().min(0).max(100_000).optional(),
  log: z
    .array(
      z.strictObject({
        date: isoDate,
        minutes: z.number().int('Use whole minutes.').min(0).max(1440),
        status: z.enum(SERVICE_LOG_STATUSES, { error: 'Use delivered, missed or make-up.' }),
        reason: optionalText(200),
      }),
    )
    .max(20_000)
    .default([]),
});

export const assessmentSchema = z.strictObject({
  program: z.enum(['MAP', 'MAP-A', 'other']),
  schoolYear: z.string().regex(/^\d{4}-\d{2}$/, 'Write the school year like 2025-26.'),
  subject: text(200),
  grade: optionalText(20),
  level: optionalText(100),
  scaleScore: z.number().finite().optional(),
});

// Saved answers for letters, by letter kind (the keys are LETTER_KINDS; a unit test keeps them equal). Each kind's
// answers are checked in full by letterAnswersSchema(kind) when a letter is built, so here they are only objects.
const letterAnswers = z
  .record(z.string(), z.unknown())
  .describe(
    'Answers for this letter kind, as the guided interview saves them. Checked when the letter is built.',
  );

export const lettersSchema = z
  .strictObject({
    'recording-notice': letterAnswers.optional(),
    'records-request': letterAnswers.optional(),
    concerns: letterAnswers.optional(),
    'pwn-request': letterAnswers.optional(),
    'follow-up': letterAnswers.optional(),
    'evaluation-request': letterAnswers.optional(),
    'iee-request': letterAnswers.optional(),
    'comp-ed-request': letterAnswers.optional(),
    'sunshine-followup': letterAnswers.optional(),
    'child-complaint': letterAnswers.optional(),
    'notice-missing-parts': letterAnswers.optional(),
    'iep-correction': letterAnswers.optional(),
  })
  .describe(
    'Optional answers for letters, by letter kind, so `iep letter KIND --case FILE` can read them from the case ' +
      '(`--answers FILE.json` overrides). Example: {"concerns": {"requests": [{"kind": "service", "request": "...", "why": "..."}]}}.',
  );

export const caseFileSchema = z.strictObject({
  format: z.literal(CASE_FORMAT, {
    error: `This is not an IEP Ready case file of a version we read. Expected "format": "${CASE_FORMAT}".`,
  }),
  student: studentSchema,
  parents: z.array(parentSchema).min(1, 'Add at least one parent or guardian.').max(10),
  team: z.array(teamMemberSchema).max(100).default([]),
  meetings: z.array(meetingSchema).max(500).default([]),
  goals: z.array(goalSchema).max(200).default([]),
  services: z.array(serviceSchema).max(200).default([]),
  assessments: z.array(assessmentSchema).max(500).default([]),
  closures: z.array(closureSchema).max(500).default([]),
  letters: lettersSchema.optional(),
});

export type CaseFile = z.output<typeof caseFileSchema>;
export type CaseFileInput = z.input<typeof caseFileSchema>;
export type Student = CaseFile['student'];
export type Parent = CaseFile['parents'][number];
export type TeamMember = CaseFile['team'][number];
export type TeamRole = TeamMember['role'];
export type Meeting = CaseFile['meetings'][number];
export type MeetingKind = Meeting['kind'];
export type MeetingSession = Meeting['sessions'][number];
export type Closure = CaseFile['closures'][number];
export type Goal = CaseFile['goals'][number];
export type Service = CaseFile['services'][number];
export type Assessment = CaseFile['assessments'][number];
