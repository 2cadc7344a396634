import { z } from 'zod';
import type { Letter, LetterKindInfo } from '../letters/letter-types.js';
import { CASE_ROLES } from '../sharing/roles.js';
import { LETTER_FORMATS, LETTER_KINDS, NOTES_FORMATS, SEND_METHODS } from './enums.js';
import { missingFactSchema } from './errors.js';
import { coreShape, id, isoDay, isoText } from './shape.js';

// Letters: the interview of each kind, drafts, previews, stored files, the record of sending, the paper trail.
// `meetingId` is '' on the wire for a letter tied to no meeting (requests may leave it out).

export const letterKindInfoSchema = coreShape<LetterKindInfo>('a letter kind', {
  kind: 'required',
  title: 'required',
  summary: 'required',
  needsMeeting: 'required',
  notForMeetingKinds: 'optional',
  plannerTask: 'required',
  triggers: 'required',
  hasAttachments: 'required',
  questions: 'required',
});
export const letterKindListSchema = z.strictObject({ kinds: z.array(letterKindInfoSchema) });

export const letterSchema = coreShape<Letter>('a letter', {
  kind: 'required',
  title: 'required',
  subject: 'required',
  date: 'required',
  sender: 'required',
  to: 'required',
  cc: 'required',
  greeting: 'required',
  body: 'required',
  closing: 'required',
  attachments: 'required',
  notes: 'required',
  warnings: 'required',
  schoolDates: 'required',
});

const letterKind = z.enum(LETTER_KINDS);
const answers = z.record(z.string(), z.unknown());

export const letterDraftSchema = z.strictObject({
  answers,
  meetingId: z.string(),
  updatedAt: isoText.nullable(),
  /**
   * Who saved the answers last, on a shared case: the page names them when it was not you. Null when unknown
   * (saved before this was kept, or by the command line) or when their account is gone.
   */
  changedBy: z.strictObject({ name: z.string(), role: z.enum(CASE_ROLES), you: z.boolean() }).nullable(),
});
export type LetterDraft = z.infer<typeof letterDraftSchema>;

export const letterFileInfoSchema = z.strictObject({
  id,
  kind: letterKind,
  meetingId: z.string(),
  format: z.enum(LETTER_FORMATS),
  filename: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  createdAt: isoText,
});
export type LetterFileInfo = z.infer<typeof letterFileInfoSchema>;

export const sentLetterSchema = z.strictObject({
  id,
  fileId: id,
  kind: letterKind,
  meetingId: z.string(),
  sentAt: isoText,
  method: z.enum(SEND_METHODS),
  sha256: z.string(),
  /** The format and name of the file that went. */
  format: z.enum(LETTER_FORMATS),
  filename: z.string(),
  /** The day it arrived, when given: by mail the plan's clocks wait for it. */
  receivedOn: isoDay.nullable(),
  /** The deadline rules the letter started when sent; null for letters sent before they were kept. */
  clocks: z.array(z.string()).nullable(),
});
export type SentLetter = z.infer<typeof sentLetterSchema>;

export const lettersOverviewSchema = z.strictObject({
  drafts: z.array(z.strictObject({ kind: letterKind, meetingId: z.string(), updatedAt: isoText })),
  files: z.array(letterFileInfoSchema),
  sent: z.array(sentLetterSchema),
});
export type LettersOverview = z.infer<typeof lettersOverviewSchema>;

export const letterPreviewSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    letter: letterSchema,
    text: z.string(),
    /** The "Notes for you" page as text (for reading aloud); never part of the letter. */
    notesText: z.string(),
    warnings: z.array(z.string()),
    /** Follow-up letter: how many entries came from items confirmed in the meeting transcript (else 0). */
    fromTranscript: z.number().int(),
  }),
  z.strictObject({ ok: z.literal(false), missing: z.array(missingFactSchema) }),
]);
export type LetterPreview = z.infer<typeof letterPreviewSchema>;

export const timelineEventSchema = z.strictObject({
  id,
  at: isoText,
  kind: z.string(),
  summary: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export const timelineSchema = z.strictObject({ events: z.array(timelineEventSchema) });

const meetingId = z.string().max(100).optional();
export const draftBodySchema = z.strictObject({ meetingId, answers });
export const draftAppendBodySchema = z.strictObject({
  meetingId,
  field: z.string().min(1).max(100),
  items: z.array(z.unknown()).min(1).max(500),
});
export const previewBodySchema = z.strictObject({
  meetingId,
  answers: answers.optional(),
  now: isoText.optional(),
});
export const letterFileBodySchema = z.strictObject({ meetingId, format: z.enum(LETTER_FORMATS) });
export const markFileSentBodySchema = z.strictObject({
  sentAt: isoText,
  method: z.enum(SEND_METHODS),
  receivedOn: isoDay.optional(),
});
export const markLetterSentBodySchema = z.strictObject({
  meetingId,
  sentAt: isoText,
  method: z.enum(SEND_METHODS),
  fileId: z.string().min(1).max(100).optional(),
  receivedOn: isoDay.optional(),
});
export const arrivalBodySchema = z.strictObject({ receivedOn: isoDay });
export type DraftBody = z.infer<typeof draftBodySchema>;
export type MarkLetterSentBody = z.infer<typeof markLetterSentBodySchema>;

/** The query of the notes route: `format` pdf (default) or txt. */
export const notesQuerySchema = z.object({ meetingId, format: z.enum(NOTES_FORMATS).default('pdf') });
