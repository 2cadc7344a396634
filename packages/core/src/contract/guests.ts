import { z } from 'zod';
import { COMPANION_OUTCOMES, companionEntrySchema, entryAuthorSchema } from './companion.js';
import { id, isoText } from './shape.js';

// The support person at the table: a one-time guest code for one meeting's companion (no account), and what the
// guest sees and adds with it. A guest only adds notes and outcome taps; they merge into the same companion list,
// marked with the guest's name.

/** A guest code as the owner sees it (the code itself only in the answer that made it). */
export const guestCodeSchema = z.strictObject({
  id,
  meetingId: id,
  /** Where the guest types the code: `<address>/guest`. */
  url: z.string(),
  createdAt: isoText,
  /** The latest moment it works (the meeting's scheduled end + the grace hours). */
  expiresAt: isoText,
  /** The name the guest gave when they joined, or null before. */
  guestName: z.string().nullable(),
  state: z.enum(['waiting', 'joined', 'ended', 'expired']),
});
export type GuestCode = z.infer<typeof guestCodeSchema>;

/** The answer that makes a code: the code to show large (8 letters, shown as two groups of four). */
export const newGuestCodeSchema = guestCodeSchema.extend({ code: z.string() });
export type NewGuestCode = z.infer<typeof newGuestCodeSchema>;

export const guestCodesSchema = z.strictObject({ codes: z.array(guestCodeSchema) });

export const guestJoinBodySchema = z.strictObject({
  code: z.string().trim().min(1).max(40),
  /** How the guest's notes are marked ("Aunt Rosa"). */
  name: z.string().trim().min(1).max(60),
});

/** What a guest sees: the meeting's cards with their outcomes, and the notes, each with who added it. */
export const guestCompanionSchema = z.strictObject({
  guestName: z.string(),
  /** The guest echoes it in X-CSRF-Token on writes. */
  csrfToken: z.string(),
  expiresAt: isoText,
  cards: z.array(
    z.strictObject({
      cardId: z.string(),
      title: z.string(),
      outcome: z.enum(COMPANION_OUTCOMES).nullable(),
      addedBy: entryAuthorSchema.nullable(),
    }),
  ),
  notes: z.array(
    z.strictObject({ entryId: z.string(), text: z.string(), addedBy: entryAuthorSchema.nullable() }),
  ),
});
export type GuestCompanion = z.infer<typeof guestCompanionSchema>;

/** A guest adds notes and outcome taps only (no promises with due dates, no sessions, no topics). */
export const guestEntrySchema = companionEntrySchema.extend({
  action: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('note'), text: z.string().trim().min(1).max(2000) }),
    z.strictObject({
      type: z.literal('outcome'),
      cardId: z.string().min(1).max(100),
      title: z.string().trim().min(1).max(300),
      outcome: z.enum(COMPANION_OUTCOMES),
      who: z.null(),
      due: z.null(),
    }),
  ]),
});
export type GuestEntry = z.infer<typeof guestEntrySchema>;

export const guestEntriesBodySchema = z.strictObject({ entries: z.array(guestEntrySchema).min(1).max(50) });
export const guestEntriesAckSchema = z.strictObject({ stored: z.array(z.string()) });
