import { DateTime } from 'luxon';
import type {
  AgendaCard,
  CompanionCard,
  CompanionEntry,
  CompanionNote,
  CompanionState,
  PromiseDue,
} from '../contract/companion.js';
import { atInstant, localDate } from '../calendar/zoned-time.js';
import { isIsoDate, shiftDays, type IsoDate } from '../calendar/iso-date.js';
import { timeZone } from '../calendar/zones.js';

// The companion's state is a fold of the entries the parent's taps made, in the browser's order (seq). The browser
// folds its own entries while offline and the server folds the stored ones: the same function, so both agree. An
// entry id seen twice counts once, so a resend after a dead network or a reload changes nothing.

export interface CompanionFoldInput {
  entries: readonly CompanionEntry[];
  agenda: readonly AgendaCard[];
  /** The case's zone (today + N days is counted from the day of the tap there). */
  timeZone: string;
  /** Who a promise can name: a tap sends an id, the letter needs a name. */
  roster: readonly { id: string; name: string }[];
  /** The meeting's sessions as the case has them (ISO with offset), in order. */
  scheduled: readonly { start: string; end: string }[];
  /** The first day of the next meeting the case knows of, for "at the next meeting" (null: not scheduled yet). */
  nextMeetingDay: IsoDate | null;
}

const NEXT_MEETING_WORDS = 'at the next meeting';

/** Entries once each (the first of an id wins), in the browser's order. */
export function orderedEntries(entries: readonly CompanionEntry[]): CompanionEntry[] {
  const seen = new Set<string>();
  const once: CompanionEntry[] = [];
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    once.push(entry);
  }
  return once.sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The day a promise is due, or words when it has no day yet. */
export function promiseDue(
  due: PromiseDue | null,
  tappedAt: string,
  zone: string,
  nextMeetingDay: IsoDate | null,
): { due: IsoDate | null; dueWords: string | null } {
  if (due === null) return { due: null, dueWords: null };
  switch (due.kind) {
    case 'day':
      // The route refuses a day that is not real; an entry stored before that check must not break the page.
      return isIsoDate(due.day) ? { due: due.day, dueWords: null } : { due: null, dueWords: null };
    case 'in-days': {
      const tapDay = localDate(
        atInstant(DateTime.fromISO(tappedAt, { setZone: true }).toMillis(), timeZone(zone)),
      );
      return { due: shiftDays(tapDay, due.days), dueWords: null };
    }
    case 'next-meeting':
      return { due: nextMeetingDay, dueWords: nextMeetingDay === null ? NEXT_MEETING_WORDS : null };
  }
}

const blankCard = (card: AgendaCard): CompanionCard => ({
  ...card,
  outcome: null,
  who: null,
  due: null,
  dueWords: null,
  atMs: null,
  entryId: null,
  pwnQueued: false,
  evidence: [],
});

/** Where a refusal or a proposal may be asked about in writing (34 CFR 300.503(a): proposes or refuses). */
const PWN_OUTCOMES = new Set(['refused', 'proposed']);

export function foldCompanion(input: CompanionFoldInput): CompanionState {
  const cards = new Map<string, CompanionCard>();
  for (const card of input.agenda) if (!cards.has(card.cardId)) cards.set(card.cardId, blankCard(card));
  const names = new Map(input.roster.map((p) => [p.id, p.name]));
  const notes: CompanionNote[] = [];
  const started = new Map<number, string>();
  const ended = new Map<number, string>();

  for (const entry of orderedEntries(input.entries)) {
    const { action } = entry;
    switch (action.type) {
      case 'topic':
        if (!cards.has(action.cardId))
          cards.set(
            action.cardId,
            blankCard({ cardId: action.cardId, title: action.title, detail: null, source: 'school' }),
          );
        break;
      case 'outcome': {
        const card =
          cards.get(action.cardId) ??
          blankCard({ cardId: action.cardId, title: action.title, detail: null, source: 'earlier' });
        const promised = action.outcome === 'promised';
        const due = promised
          ? promiseDue(action.due, entry.at, input.timeZone, input.nextMeetingDay)
          : { due: null, dueWords: null };
        const who = promised && action.who !== null ? (names.get(action.who) ?? action.who) : null;
        cards.set(action.cardId, {
          ...card,
          outcome: action.outcome,
          who: who === '' ? null : who,
          ...due,
          atMs: entry.atMs,
          entryId: entry.id,
          pwnQueued: PWN_OUTCOMES.has(action.outcome) && card.pwnQueued,
        });
        break;
      }
      case 'clear-outcome': {
        const card = cards.get(action.cardId);
        if (card !== undefined)
          cards.set(action.cardId, {
            ...blankCard(card),
            title: card.title,
            detail: card.detail,
            source: card.source,
          });
        break;
      }
      case 'pwn': {
        const card = cards.get(action.cardId);
        // Only a refusal or a proposal can be asked about; a tap on another card changes nothing.
        if (card !== undefined && card.outcome !== null && PWN_OUTCOMES.has(card.outcome))
          cards.set(action.cardId, { ...card, pwnQueued: action.queued });
        break;
      }
      case 'note':
      case 'voice-note':
        notes.push({
          entryId: entry.id,
          text: action.type === 'note' ? action.text : '',
          voice: action.type === 'voice-note',
          durationMs: action.type === 'voice-note' ? action.durationMs : null,
          atMs: entry.atMs,
          at: entry.at,
          session: entry.session,
        });
        break;
      case 'session':
        if (action.state === 'start') {
          if (!started.has(action.session)) started.set(action.session, entry.at);
        } else ended.set(action.session, entry.at);
        break;
    }
  }

  const seenSessions = [...started.keys(), ...ended.keys(), ...notes.map((n) => n.session)];
  const count = Math.max(input.scheduled.length, ...seenSessions.map((s) => s + 1), 1);
  const sessions = Array.from({ length: count }, (_, session) => ({
    session,
    scheduledStart: input.scheduled[session]?.start ?? null,
    scheduledEnd: input.scheduled[session]?.end ?? null,
    startedAt: started.get(session) ?? null,
    endedAt: ended.get(session) ?? null,
  }));
  return { cards: [...cards.values()], notes, sessions };
}
