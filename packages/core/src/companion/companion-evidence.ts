import type { CompanionCard, CompanionOutcome } from '../contract/companion.js';
import type { ExtractKind } from '../transcripts/transcript-types.js';

// The companion's taps and what extraction found in the transcript meet in one list: an item of the matching kind
// found within a minute of a tap backs the tap up (its words and its moment). The parent still confirms each item.

export const EVIDENCE_WINDOW_MS = 60_000;

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

/** Each item joins the nearest matching tap within the window (one tap per item; a tap may have several items). */
export function joinEvidence(
  cards: readonly CompanionCard[],
  items: readonly EvidenceItem[],
  windowMs = EVIDENCE_WINDOW_MS,
): JoinedEvidence {
  const evidence = new Map<string, CompanionCard['evidence']>();
  const taps: JoinedEvidence['taps'] = new Map();
  for (const item of items) {
    if (item.startMs === null) continue;
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
