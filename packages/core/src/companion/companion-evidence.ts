import type { CompanionCard, CompanionEntry, CompanionOutcome } from '../contract/companion.js';
import type { ExtractKind } from '../transcripts/transcript-types.js';

// The companion's taps and what extraction found in the transcript meet in one list: an item of the matching kind
// found within a minute of a tap backs the tap up (its words and its moment). The parent still confirms each item.
// Each tap is also a bookmark on the recording, and extraction reads bookmarks too: the item a tap's own bookmark
// makes (the card's title or the note's words, at the tap's moment) is that tap, never its evidence.

export const EVIDENCE_WINDOW_MS = 60_000;
/** A bookmark's item starts where the bookmark is (rounding aside). */
const OWN_MARK_MS = 1000;

const MATCHES: Partial<Record<CompanionOutcome, ExtractKind>> = {
  promised: 'commitment',
  refused: 'refusal',
  agreed: 'agreement',
};

export interface EvidenceItem {
  id: string;
  kind: ExtractKind;
  /** The words it was found in. */
  source: string;
  startMs: number | null;
}

export interface JoinedEvidence {
  cards: CompanionCard[];
  /** Item id -> the tap it backs up. */
  taps: Map<string, { entryId: string; outcome: CompanionOutcome; title: string }>;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The tap's own bookmark read back: the same words at the same moment. */
const isMarkOf = (mark: { atMs: number | null; text: string }, item: EvidenceItem) =>
  mark.atMs !== null &&
  item.startMs !== null &&
  Math.abs(mark.atMs - item.startMs) <= OWN_MARK_MS &&
  words(mark.text) === words(item.source);

/** The words each entry's bookmark carries (outcome taps: the card's title; typed notes: the note). */
function marksOf(entries: readonly CompanionEntry[]): { atMs: number | null; text: string }[] {
  return entries.flatMap((e) => {
    if (e.action.type === 'outcome') return [{ atMs: e.atMs, text: e.action.title }];
    if (e.action.type === 'note') return [{ atMs: e.atMs, text: e.action.text }];
    return [];
  });
}

export interface JoinOptions {
  /**
   * The companion's entries: an item read back from one of their bookmarks (an earlier outcome of a card, a typed
   * note) is the parent's own words, not the transcript's, so it backs up no tap.
   */
  entries?: readonly CompanionEntry[];
  windowMs?: number;
}

/** Each item joins the nearest matching tap within the window (one tap per item; a tap may have several items). */
export function joinEvidence(
  cards: readonly CompanionCard[],
  items: readonly EvidenceItem[],
  options: JoinOptions = {},
): JoinedEvidence {
  const windowMs = options.windowMs ?? EVIDENCE_WINDOW_MS;
  const marks = marksOf(options.entries ?? []);
  const evidence = new Map<string, CompanionCard['evidence']>();
  const taps: JoinedEvidence['taps'] = new Map();
  for (const item of items) {
    if (item.startMs === null) continue;
    const own = cards.find(
      (c) => c.outcome !== null && c.entryId !== null && isMarkOf({ atMs: c.atMs, text: c.title }, item),
    );
    if (own?.outcome != null && own.entryId !== null) {
      taps.set(item.id, { entryId: own.entryId, outcome: own.outcome, title: own.title });
      continue;
    }
    if (marks.some((m) => isMarkOf(m, item))) continue;
    let best: CompanionCard | null = null;
    let bestGap = Infinity;
    for (const card of cards) {
      if (card.outcome === null || card.atMs === null || card.entryId === null) continue;
      if (MATCHES[card.outcome] !== item.kind) continue;
      const gap = Math.abs(card.atMs - item.startMs);
      if (gap <= windowMs && gap < bestGap) {
        best = card;
        bestGap = gap;
      }
    }
    if (best?.entryId == null || best.outcome === null) continue;
    const list = evidence.get(best.cardId) ?? [];
    list.push({ itemId: item.id, kind: item.kind, quote: item.source, atMs: item.startMs });
    evidence.set(best.cardId, list);
    taps.set(item.id, { entryId: best.entryId, outcome: best.outcome, title: best.title });
  }
  return {
    cards: cards.map((c) => ({ ...c, evidence: [...c.evidence, ...(evidence.get(c.cardId) ?? [])] })),
    taps,
  };
}
