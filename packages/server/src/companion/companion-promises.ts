import type { CaseFile, PlanCommitmentInput } from '@iep/core';
import type { CompanionEntry } from '@iep/core/contract';
import { companionStateOf } from './companion.service.js';

// The companion's promises on the meeting's plan, with the other promises: who, what, by when. Each is ticked done
// on the plan like a task (its id starts with "companion-"), so the plan keeps when it was done.

const PREFIX = 'companion-';

export const isCompanionPromiseId = (id: string) => id.startsWith(PREFIX) && id.length > PREFIX.length;

export function companionPromises(
  file: CaseFile,
  meetingId: string,
  entries: readonly CompanionEntry[],
  doneTimes: Readonly<Record<string, string>>,
): PlanCommitmentInput[] {
  if (entries.length === 0) return [];
  // The concerns letter only names cards; a promise carries its own title, so the agenda is not needed here.
  const { state } = companionStateOf(file, meetingId, entries, null);
  return state.cards.flatMap((card) => {
    if (card.outcome !== 'promised' || card.entryId === null) return [];
    const id = `${PREFIX}${card.entryId}`;
    return [
      {
        id,
        who: card.who,
        what: card.dueWords === null ? card.title : `${card.title} (${card.dueWords})`,
        due: card.due,
        doneAt: doneTimes[id] ?? null,
      },
    ];
  });
}
