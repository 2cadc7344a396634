import { mergeFollowUpAnswers, type ConfirmedItem, type PlanCommitmentInput } from '@iep/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { listConfirmedItems, listConfirmedItemsOfCase } from './items.repository.js';
import type { ItemRow } from './items.view.js';

// Where confirmed items go: the meeting's follow-up letter (here) and the meeting's plan
// (plan/plan-inputs.repository.ts reads the confirmed promises with the rest of the plan's inputs).

type Db = Kysely<Database>;

/** How many entries the merge added, over every list answer (agreed, refused, commitments, ...). */
function added(before: Record<string, unknown>, after: Record<string, unknown>): number {
  let n = 0;
  for (const [key, value] of Object.entries(after)) {
    if (!Array.isArray(value)) continue;
    const had = before[key];
    n += value.length - (Array.isArray(had) ? had.length : 0);
  }
  return n;
}

/**
 * The follow-up letter's answers with the meeting's confirmed items added (the interview's own answers win; an
 * item already written there is not added again), and how many entries came from the transcript. Other letters,
 * and letters about no meeting, are returned as they are.
 */
export async function answersWithItems(
  db: Db,
  input: { caseId: string; kind: string; meetingId: string; answers: Record<string, unknown> },
): Promise<{ answers: Record<string, unknown>; fromTranscript: number }> {
  if (input.kind !== 'follow-up' || input.meetingId === '')
    return { answers: input.answers, fromTranscript: 0 };
  const rows = await listConfirmedItems(db, input.caseId, input.meetingId);
  if (rows.length === 0) return { answers: input.answers, fromTranscript: 0 };
  const items: ConfirmedItem[] = rows.map((r) => ({ kind: r.kind, text: r.text, who: r.who, due: r.due }));
  const answers = mergeFollowUpAnswers(input.answers, items);
  return { answers, fromTranscript: added(input.answers, answers) };
}

/** The promises confirmed from the meeting's transcript, as the plan lists them. */
export async function confirmedCommitments(
  db: Db,
  caseId: string,
  meetingId: string,
): Promise<PlanCommitmentInput[]> {
  return commitmentsOf(await listConfirmedItems(db, caseId, meetingId));
}

/** The promises confirmed from each meeting's transcript, by meeting id (the home page reads a whole case). */
export async function confirmedCommitmentsOfCase(
  db: Db,
  caseId: string,
): Promise<Map<string, PlanCommitmentInput[]>> {
  const byMeeting = new Map<string, ItemRow[]>();
  for (const row of await listConfirmedItemsOfCase(db, caseId)) {
    const rows = byMeeting.get(row.meeting_id);
    if (rows) rows.push(row);
    else byMeeting.set(row.meeting_id, [row]);
  }
  return new Map([...byMeeting].map(([meetingId, rows]) => [meetingId, commitmentsOf(rows)]));
}

function commitmentsOf(rows: readonly ItemRow[]): PlanCommitmentInput[] {
  return rows
    .filter((r) => r.kind === 'commitment')
    .map((r) => ({ id: r.id, who: r.who, what: r.text, due: r.due, doneAt: r.done_at }));
}

/** The refusals confirmed from every meeting's transcript of a case (the escalation page counts from them). */
export async function confirmedRefusalsOfCase(
  db: Db,
  caseId: string,
): Promise<{ id: string; meetingId: string; text: string }[]> {
  const rows = await db
    .selectFrom('transcript_items')
    .select(['id', 'meeting_id', 'text'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'confirmed')
    .where('kind', '=', 'refusal')
    .orderBy('meeting_id')
    .orderBy('start_ms')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, meetingId: r.meeting_id, text: r.text }));
}
