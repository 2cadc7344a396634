import type { ExtractedItem } from '@iep/core';
import { machineKeys } from './items.keys.js';
import type { ItemStatus } from '@iep/core/contract';

// What a new extraction run changes, decided without the database so the rules are easy to test:
// - an item the parent confirmed, dropped or edited is the parent's now: kept exactly as it is;
// - a suggestion found again is kept (refreshed if the machine now words it differently);
// - a suggestion no longer found goes away; a new finding comes in as a suggestion.

export interface KnownItem {
  id: string;
  machineKey: string;
  status: ItemStatus;
  edited: boolean;
  text: string;
  who: string | null;
  due: string | null;
  startMs: number | null;
  source: string;
  transcriptId: string | null;
}

export interface FoundItem extends ExtractedItem {
  machineKey: string;
  startMs: number | null;
}

export interface Reconciled {
  insert: FoundItem[];
  refresh: { id: string; item: FoundItem }[];
  remove: string[];
}

const isParents = (item: KnownItem) => item.status !== 'suggested' || item.edited;

export function toFound(items: readonly ExtractedItem[]): FoundItem[] {
  const keys = machineKeys(items);
  return items.map((item, i) => ({
    ...item,
    machineKey: keys[i] ?? '',
    startMs: item.start === null ? null : Math.round(item.start * 1000),
  }));
}

function differs(known: KnownItem, found: FoundItem, transcriptId: string | null): boolean {
  return (
    known.text !== found.text ||
    known.who !== found.who ||
    known.due !== found.due ||
    known.startMs !== found.startMs ||
    known.source !== found.source ||
    known.transcriptId !== transcriptId
  );
}

export function reconcileItems(
  known: readonly KnownItem[],
  found: readonly FoundItem[],
  transcriptId: string | null,
): Reconciled {
  const byKey = new Map(known.map((k) => [k.machineKey, k]));
  const foundKeys = new Set<string>();
  const result: Reconciled = { insert: [], refresh: [], remove: [] };
  for (const item of found) {
    if (foundKeys.has(item.machineKey)) continue;
    foundKeys.add(item.machineKey);
    const match = byKey.get(item.machineKey);
    if (match === undefined) result.insert.push(item);
    else if (!isParents(match) && differs(match, item, transcriptId))
      result.refresh.push({ id: match.id, item });
  }
  for (const k of known) if (!isParents(k) && !foundKeys.has(k.machineKey)) result.remove.push(k.id);
  return result;
}
