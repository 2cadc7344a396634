import { foldCompanion, joinEvidence } from '@iep/core';
import type { CompanionEntry, TranscriptItem } from '@iep/core/contract';
import { companionEntryOfRow } from '../db/companion-entry-row.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

// For the transcript's item list: which companion tap each extracted item backs up (within 60 s, same kind).
// The taps carry their own card titles, so neither the agenda nor the roster is needed here. The taps are read from
// the companion's table by id here: the companion imports letters, which import transcripts, so importing the
// companion back would be a loop between the features.

async function meetingTaps(
  db: Kysely<Database>,
  caseId: string,
  meetingId: string,
): Promise<CompanionEntry[]> {
  const rows = await db
    .selectFrom('companion_entries')
    .select(['id', 'seq', 'at', 'at_ms', 'session', 'action'])
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .execute();
  return rows.map(companionEntryOfRow);
}

export async function tapsOfItems(
  db: Kysely<Database>,
  caseId: string,
  meetingId: string,
  items: readonly { id: string; kind: TranscriptItem['kind']; source: string; start_ms: number | null }[],
): Promise<Map<string, NonNullable<TranscriptItem['tap']>>> {
  const entries = await meetingTaps(db, caseId, meetingId);
  if (entries.length === 0 || items.length === 0) return new Map();
  const { cards } = foldCompanion({
    entries,
    agenda: [],
    roster: [],
    timeZone: 'UTC',
    scheduled: [],
    nextMeetingDay: null,
  });
  return joinEvidence(
    cards,
    items.map((i) => ({
      id: i.id,
      kind: i.kind,
      source: i.source,
      startMs: i.start_ms === null ? null : Number(i.start_ms),
    })),
  ).taps;
}
