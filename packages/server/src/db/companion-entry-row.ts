import type { CompanionAction, CompanionEntry } from '@iep/core/contract';
import type { CompanionEntriesTable } from './schema.js';

// A stored companion tap as the contract's entry. Here, below the features, because two read the table: the
// companion, and the transcript items (which tap an item backs up) that cannot import the companion (a loop).

export const companionEntryOfRow = (
  row: Pick<CompanionEntriesTable, 'id' | 'seq' | 'at' | 'at_ms' | 'session' | 'action'>,
): CompanionEntry => ({
  id: row.id,
  seq: Number(row.seq),
  at: row.at,
  atMs: row.at_ms === null ? null : Number(row.at_ms),
  session: Number(row.session),
  action: JSON.parse(row.action) as CompanionAction,
});
