import { z } from 'zod';
import { id, isoText } from './shape.js';

// Links that share a part of a meeting: a clip link (a cut of a recording and its words, for a teacher or the
// child) and a student view (the parent's plain notes with clips, for the child). Both expire (1 to 90 days), can
// be revoked, and count how often they were opened. The public answers carry the clip and nothing else of the case.

export const LINK_AUDIENCES = ['teacher', 'child'] as const;
export type LinkAudience = (typeof LINK_AUDIENCES)[number];
export const LINK_AUDIENCE_LABELS: Record<LinkAudience, string> = {
  teacher: 'A teacher',
  child: 'My child',
};
export const LINK_DAYS_MIN = 1;
export const LINK_DAYS_MAX = 90;
/** The longest clip a link shares: a part of a meeting, not the meeting. */
export const LINK_CLIP_MAX_MS = 30 * 60 * 1000;
export const PASSPHRASE_MIN = 6;
export const PASSPHRASE_MAX = 200;
export const STUDENT_NOTE_MAX = 300;
export const STUDENT_ITEMS_MAX = 20;

const atMs = z
  .number()
  .min(0)
  .max(7 * 24 * 3600 * 1000);
const days = z
  .number({ error: `Choose how many days the link works: ${LINK_DAYS_MIN} to ${LINK_DAYS_MAX}.` })
  .int(`Choose a whole number of days: ${LINK_DAYS_MIN} to ${LINK_DAYS_MAX}.`)
  .min(LINK_DAYS_MIN, `A link works for at least ${LINK_DAYS_MIN} day.`)
  .max(LINK_DAYS_MAX, `A link works for at most ${LINK_DAYS_MAX} days.`);

export const newClipLinkBodySchema = z
  .strictObject({
    fromMs: atMs,
    toMs: atMs,
    title: z.string().trim().min(1, 'Give the link a short title.').max(120, 'Use 120 letters or fewer.'),
    audience: z.enum(LINK_AUDIENCES, { error: 'Choose who the link is for: a teacher or your child.' }),
    expiresInDays: days,
    passphrase: z
      .string()
      .min(PASSPHRASE_MIN, `A passphrase needs at least ${PASSPHRASE_MIN} letters.`)
      .max(PASSPHRASE_MAX, `Use ${PASSPHRASE_MAX} letters or fewer.`)
      .optional(),
  })
  .refine((b) => b.toMs > b.fromMs, { message: 'The part must end after it starts.', path: ['toMs'] })
  .refine((b) => b.toMs - b.fromMs <= LINK_CLIP_MAX_MS, {
    message: 'A shared part can be at most 30 minutes long.',
    path: ['toMs'],
  });
export type NewClipLinkBody = z.input<typeof newClipLinkBodySchema>;

export const LINK_STATES = ['active', 'expired', 'revoked'] as const;
export type LinkState = (typeof LINK_STATES)[number];

/** A clip link as its owner sees it in the case. */
export const clipLinkSchema = z.strictObject({
  id,
  url: z.string(),
  recordingId: id,
  title: z.string(),
  audience: z.enum(LINK_AUDIENCES),
  fromMs: z.number(),
  toMs: z.number(),
  hasPassphrase: z.boolean(),
  plays: z.number().int(),
  state: z.enum(LINK_STATES),
  expiresAt: isoText,
  revokedAt: isoText.nullable(),
  createdAt: isoText,
});
export type ClipLink = z.infer<typeof clipLinkSchema>;

export const newStudentViewBodySchema = z.strictObject({
  title: z.string().trim().min(1, 'Give the page a short title.').max(120, 'Use 120 letters or fewer.'),
  expiresInDays: days,
  items: z
    .array(
      z.strictObject({
        note: z
          .string()
          .trim()
          .min(1, 'Write a short note for each part.')
          .max(STUDENT_NOTE_MAX, `Keep each note under ${STUDENT_NOTE_MAX} letters.`),
        linkId: id.nullable(),
      }),
    )
    .min(1, 'Add at least one note.')
    .max(STUDENT_ITEMS_MAX, `A page holds at most ${STUDENT_ITEMS_MAX} notes.`),
});
export type NewStudentViewBody = z.input<typeof newStudentViewBodySchema>;

/** A student view as the parent sees it. */
export const studentViewSchema = z.strictObject({
  id,
  code: z.string(),
  url: z.string(),
  title: z.string(),
  items: z.array(z.strictObject({ note: z.string(), linkId: id.nullable() })),
  opens: z.number().int(),
  state: z.enum(LINK_STATES),
  expiresAt: isoText,
  revokedAt: isoText.nullable(),
  createdAt: isoText,
});
export type StudentView = z.infer<typeof studentViewSchema>;

export const caseLinksSchema = z.strictObject({
  links: z.array(clipLinkSchema),
  studentViews: z.array(studentViewSchema),
});
export type CaseLinks = z.infer<typeof caseLinksSchema>;

/** One line of a clip's words, its times from the clip's start. */
export const clipWordsSchema = z.strictObject({
  startMs: z.number(),
  endMs: z.number(),
  speaker: z.string(),
  text: z.string(),
});
export type ClipWords = z.infer<typeof clipWordsSchema>;

export const openClipLinkBodySchema = z.strictObject({
  passphrase: z.string().max(PASSPHRASE_MAX).optional(),
});
export type OpenClipLinkBody = z.input<typeof openClipLinkBodySchema>;

/** What a public clip page shows: the clip, its words, nothing else of the case. */
export const publicClipSchema = z.strictObject({
  title: z.string(),
  audience: z.enum(LINK_AUDIENCES),
  durationMs: z.number(),
  words: z.array(clipWordsSchema),
  audioUrl: z.string(),
  expiresAt: isoText,
});
export type PublicClip = z.infer<typeof publicClipSchema>;

/** What the child's page shows: the notes, each with its clip while that clip's link works. */
export const publicStudentViewSchema = z.strictObject({
  title: z.string(),
  items: z.array(z.strictObject({ note: z.string(), clip: publicClipSchema.nullable() })),
  expiresAt: isoText,
});
export type PublicStudentView = z.infer<typeof publicStudentViewSchema>;
