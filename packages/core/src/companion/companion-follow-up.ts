import type { CompanionState } from '../contract/companion.js';

// "Draft the follow-up": the outcomes and notes the parent tapped become the follow-up email's answers, and the
// cards queued for Prior Written Notice (Missouri: Notice of Action) become the notice request's. The letters'
// own builders turn these answers into sentences (commitmentSentence, the PWN ask), so nothing here is sent as is.

export interface CompanionLetterAnswers {
  followUp: {
    discussed: string[];
    agreed: string[];
    refused: string[];
    commitments: { who: string; what: string; by: string }[];
    pwnRequested: string[];
  };
  /** Null when no card is queued for a notice. */
  pwnRequest: { actions: { action: string; decision: 'refused' | 'proposed' }[] } | null;
  /** Promises with a day (they go on the plan). */
  datedPromises: number;
}

/** "The case manager will" reads wrong with a lowercase "the" in a list: a promise without a who says the team. */
const NO_ONE = 'The team';

const PROPOSED = 'The school proposed: ';
const TABLED = 'We will come back to this later: ';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether a line of a follow-up draft is one the companion writes for one of these card titles or notes (in any
 * outcome), so drafting again replaces it; any other line is the parent's own and stays, even one naming a card.
 */
export function isCompanionLine(
  line: string,
  titles: readonly string[],
  notes: readonly string[] = [],
): boolean {
  return (
    titles.some(
      (t) =>
        same(line, t) ||
        same(line, PROPOSED + t) ||
        same(line, TABLED + t) ||
        line.trim().toLowerCase().startsWith(`${t.trim().toLowerCase()} (`),
    ) || notes.some((n) => same(line, n))
  );
}

export function followUpFromCompanion(state: CompanionState): CompanionLetterAnswers {
  const discussed: string[] = [];
  const agreed: string[] = [];
  const refused: string[] = [];
  const commitments: CompanionLetterAnswers['followUp']['commitments'] = [];
  const actions: { action: string; decision: 'refused' | 'proposed' }[] = [];
  let datedPromises = 0;
  for (const card of state.cards) {
    switch (card.outcome) {
      case null:
        continue;
      case 'agreed':
        agreed.push(card.title);
        break;
      case 'refused':
        refused.push(card.title);
        break;
      case 'proposed':
        discussed.push(PROPOSED + card.title);
        break;
      case 'tabled':
        discussed.push(TABLED + card.title);
        break;
      case 'promised':
        commitments.push({
          who: card.who ?? NO_ONE,
          what: card.dueWords === null ? card.title : `${card.title} (${card.dueWords})`,
          by: card.due ?? 'unknown',
        });
        if (card.due !== null) datedPromises += 1;
        break;
    }
    if (card.pwnQueued && (card.outcome === 'refused' || card.outcome === 'proposed'))
      actions.push({ action: card.title, decision: card.outcome });
  }
  for (const note of state.notes)
    if (!note.voice && note.text.trim() !== '') discussed.push(note.text.trim());
  return {
    followUp: { discussed, agreed, refused, commitments, pwnRequested: actions.map((a) => a.action) },
    pwnRequest: actions.length === 0 ? null : { actions },
    datedPromises,
  };
}
