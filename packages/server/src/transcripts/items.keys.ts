import { createHash } from 'node:crypto';
import type { ExtractedItem } from '@iep/core';

// An item's machine key names it by what the machine saw: its kind, the words it came from and the second it was
// said. Extraction run again (new rules, a re-run transcript with new segment ids) gives the same key for the same
// finding, so the parent's decision on it is kept. Punctuation and case are ignored: engines and the parent's
// small fixes change those most. The words are hashed so the key stays short enough for a unique index.

export function normalizeSource(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function machineKey(item: Pick<ExtractedItem, 'kind' | 'source' | 'start'>): string {
  const second = item.start === null ? '-' : String(Math.round(item.start));
  const words = createHash('sha256').update(normalizeSource(item.source)).digest('hex').slice(0, 32);
  return `${item.kind}:${second}:${words}`;
}

/**
 * Keys for one extraction run, in order. Two findings of the same kind in the same utterance ("I will call her
 * and I will send the notes") get "#2", "#3": still stable from run to run, since extraction is deterministic.
 */
export function machineKeys(items: readonly Pick<ExtractedItem, 'kind' | 'source' | 'start'>[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const key = machineKey(item);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}
