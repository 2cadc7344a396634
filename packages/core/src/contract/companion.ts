import { z } from 'zod';
import { EXTRACT_KINDS } from '../transcripts/transcript-types.js';
import { letterDraftSchema } from './letters.js';
import { id, isoDay, isoText } from './shape.js';

// The meeting companion: what the parent taps at the table. The browser keeps every tap as an entry (an event with
// an id it made) in IndexedDB first and sends entries in order; the server stores each id once (idempotent), so a
// resend after a dead network or a reload changes nothing. The state (cards with outcomes, notes, sessions) is a
// fold of the entries in core, the same in the browser (offline) and on the server.

/** What the team decided about one card. */
export const COMPANION_OUTCOMES = ['agreed', 'refused', 'proposed', 'tabled', 'promised'] as const;
export type CompanionOutcome = (typeof COMPANION_OUTCOMES)[number];

/** Where an agenda card came from: the concerns letter's requests, the case, or a topic the school raised. */
export const AGENDA_SOURCES = [
  'concerns',
  'service',
  'evaluation',
  'accommodation',
  'placement',
  'goal',
  /** A topic the school raised (a card added at the table). */
  'school',
  /** A card tapped earlier that the agenda no longer has (the concerns letter changed): kept with its title. */
  'earlier',
] as const;
export type AgendaSource = (typeof AGENDA_SOURCES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const cardId = z.string().min(1).max(100);

/** "By when" for a promise: a day, today + N days, or "at the next meeting". */
export const promiseDueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('day'), day: z.iso.date() }),
  z.strictObject({ kind: z.literal('in-days'), days: z.number().int().min(0).max(365) }),
  z.strictObject({ kind: z.literal('next-meeting') }),
]);
export type PromiseDue = z.infer<typeof promiseDueSchema>;

/** One tap or note, as the browser made it. */
export const companionActionSchema = z.discriminatedUnion('type', [
  /** An outcome for a card. The card's title is kept with the tap, so the record stays if the agenda changes. */
  z.strictObject({
    type: z.literal('outcome'),
    cardId,
    title: text(300),
    outcome: z.enum(COMPANION_OUTCOMES),
    /** For a promise: a roster member's id (team t1, parent p1) or a name as typed. */
    who: z.string().trim().max(200).nullable(),
    due: promiseDueSchema.nullable(),
  }),
  /** Undo: the card has no outcome again. */
  z.strictObject({ type: z.literal('clear-outcome'), cardId }),
  /** "Ask for Prior Written Notice" on a refused card (queues a pwn-request item); `queued: false` takes it back. */
  z.strictObject({ type: z.literal('pwn'), cardId, queued: z.boolean() }),
  /** A new card for a topic the school raised. */
  z.strictObject({ type: z.literal('topic'), cardId, title: text(300) }),
  /** A quick typed note. */
  z.strictObject({ type: z.literal('note'), text: text(2000) }),
  /** A spoken note: a span of the recording (its words come from the transcript). */
  z.strictObject({ type: z.literal('voice-note'), durationMs: z.number().int().min(0).max(600_000) }),
  /** A session of the meeting starts or ends (multi-day meetings resume the same companion). */
  z.strictObject({
    type: z.literal('session'),
    session: z.number().int().min(0).max(20),
    state: z.enum(['start', 'end']),
  }),
]);
export type CompanionAction = z.infer<typeof companionActionSchema>;

export const companionEntrySchema = z.strictObject({
  /** Made by the browser (a UUID); the same id twice is stored once. */
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  /** The browser's order of entries (0, 1, 2 ...); the fold applies entries in this order. */
  seq: z.number().int().min(0).max(1_000_000),
  /** When it was tapped (the browser's clock, ISO with offset or Z). */
  at: z.iso.datetime({ offset: true }),
  /** Where on the recording's timeline, when a recording was running (ms), else null. */
  atMs: z
    .number()
    .int()
    .min(0)
    .max(48 * 3600_000)
    .nullable(),
  /** Which session of the meeting (0 = the first). */
  session: z.number().int().min(0).max(20),
  action: companionActionSchema,
});
export type CompanionEntry = z.infer<typeof companionEntrySchema>;

/** One card of the agenda, from the parent's concerns and the case. */
export const agendaCardSchema = z.strictObject({
  cardId,
  title: z.string(),
  /** A short line under the title (the "why" of a request, a service's minutes), or null. */
  detail: z.string().nullable(),
  source: z.enum(AGENDA_SOURCES),
});
export type AgendaCard = z.infer<typeof agendaCardSchema>;

/** A card with what was tapped on it (the fold). */
export const companionCardSchema = agendaCardSchema.extend({
  outcome: z.enum(COMPANION_OUTCOMES).nullable(),
  /** For a promise: who, as a name the letter can use, and the day it is due (or null with dueWords). */
  who: z.string().nullable(),
  due: isoDay.nullable(),
  /** "at the next meeting" and the like, when there is no day; null otherwise. */
  dueWords: z.string().nullable(),
  atMs: z.number().nullable(),
  /** The entry that set the outcome (a bookmark on the recording has this id's moment). */
  entryId: z.string().nullable(),
  pwnQueued: z.boolean(),
  /** What the transcript found within 60 s of the tap (the server adds these; the fold leaves them empty). */
  evidence: z.array(
    z.strictObject({ itemId: id, kind: z.enum(EXTRACT_KINDS), quote: z.string(), atMs: z.number() }),
  ),
});
export type CompanionCard = z.infer<typeof companionCardSchema>;

export const companionNoteSchema = z.strictObject({
  entryId: z.string(),
  text: z.string(),
  voice: z.boolean(),
  durationMs: z.number().nullable(),
  atMs: z.number().nullable(),
  at: isoText,
  session: z.number().int(),
});
export type CompanionNote = z.infer<typeof companionNoteSchema>;

export const companionSessionSchema = z.strictObject({
  session: z.number().int(),
  /** From the case's meeting sessions (ISO with the zone's offset), or null when the case has fewer sessions. */
  scheduledStart: isoText.nullable(),
  scheduledEnd: isoText.nullable(),
  startedAt: isoText.nullable(),
  endedAt: isoText.nullable(),
});

export const companionStateSchema = z.strictObject({
  cards: z.array(companionCardSchema),
  notes: z.array(companionNoteSchema),
  sessions: z.array(companionSessionSchema),
});
export type CompanionState = z.infer<typeof companionStateSchema>;

/** Who added a companion entry: the owner, a member of the case, or a guest at the table with a code. */
export const entryAuthorSchema = z.strictObject({
  kind: z.enum(['owner', 'member', 'guest']),
  name: z.string(),
});
export type EntryAuthor = z.infer<typeof entryAuthorSchema>;

/** A person a promise can name with one tap. */
export const rosterPersonSchema = z.strictObject({ id, name: z.string(), role: z.string() });

/** GET companion: the agenda, the roster, every entry stored and their fold. */
export const companionSchema = z.strictObject({
  meetingId: id,
  timeZone: z.string(),
  /** The meeting's recording, if there is one (taps with atMs become its bookmarks). */
  recordingId: id.nullable(),
  agenda: z.array(agendaCardSchema),
  roster: z.array(rosterPersonSchema),
  entries: z.array(companionEntrySchema),
  state: companionStateSchema,
  /** Who added each entry someone other than the owner added (a member or a guest), by entry id (none before). */
  addedBy: z.record(z.string(), entryAuthorSchema).default({}),
});
export type Companion = z.infer<typeof companionSchema>;

export const companionEntriesBodySchema = z.strictObject({
  entries: z.array(companionEntrySchema).min(1).max(200),
});
export const companionEntriesAckSchema = z.strictObject({
  /** Ids stored by this call and ids that were already there: the browser may forget both. */
  stored: z.array(z.string()),
  /** Every id of this meeting's companion the server holds. */
  count: z.number().int(),
});

/** "Draft the follow-up": the follow-up email's draft and, when cards are queued for it, the PWN request's. */
export const companionFollowUpSchema = z.strictObject({
  followUp: letterDraftSchema,
  pwnRequest: letterDraftSchema.nullable(),
  /** Promises with a day, now on the plan. */
  promises: z.number().int(),
});
export type CompanionFollowUp = z.infer<typeof companionFollowUpSchema>;
