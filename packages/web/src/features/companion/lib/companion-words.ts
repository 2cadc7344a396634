import type { CompanionAction, CompanionCard, CompanionOutcome } from '@iep/core/contract';
import { OUTCOME_WORDS } from '../../../lib/labels';

// The plain words of the outcome buttons and of what the screen says back.

export const OUTCOME_BUTTONS: { outcome: CompanionOutcome; label: string }[] = [
  { outcome: 'agreed', label: 'Agreed' },
  { outcome: 'refused', label: 'Refused' },
  { outcome: 'proposed', label: 'School proposed' },
  { outcome: 'tabled', label: 'Put off' },
  { outcome: 'promised', label: 'Promised' },
];

/** What the card says it holds now, one line. */
export function cardSummary(card: CompanionCard, due: string): string {
  if (card.outcome === null) return 'Nothing marked yet.';
  const base = OUTCOME_WORDS[card.outcome];
  if (card.outcome !== 'promised') return `${base}.`;
  const who = card.who ?? 'someone (no name yet)';
  return `${base}: ${who}, ${due}.`;
}

/** The line that tells where the taps are: on this phone only, or sent. */
export function syncWords(pending: number, online: boolean): string {
  if (pending === 0) return 'Sent. Everything is saved.';
  const taps = `${pending} tap${pending === 1 ? '' : 's'}`;
  return online
    ? `Saved on this phone. Sending ${taps}…`
    : `Saved on this phone. ${taps} will be sent when you are back online.`;
}

/** What a tap did, for the screen reader's "Saved on this phone" line. */
export function tapWords(action: CompanionAction, titleOf: (cardId: string) => string): string {
  switch (action.type) {
    case 'outcome':
      return `${OUTCOME_WORDS[action.outcome]}: ${action.title}.`;
    case 'clear-outcome':
      return `Cleared: ${titleOf(action.cardId)}.`;
    case 'pwn':
      return action.queued
        ? `Prior Written Notice asked for: ${titleOf(action.cardId)}.`
        : `Request taken back: ${titleOf(action.cardId)}.`;
    case 'topic':
      return `Card added: ${action.title}.`;
    case 'note':
      return 'Note saved.';
    case 'voice-note':
      return 'Voice note marked.';
    case 'session':
      return action.state === 'start'
        ? `Session ${action.session + 1} started.`
        : `Session ${action.session + 1} ended.`;
  }
}
