import type { ExtractedItem } from '@iep/core';
import { describe, expect, it } from 'vitest';
import { reconcileItems, toFound, type KnownItem } from './items.reconcile.js';

const extracted = (over: Partial<ExtractedItem> = {}): ExtractedItem => ({
  kind: 'commitment',
  text: 'Ms. Lee will send the schedule.',
  who: 'Ms. Lee',
  due: '2026-12-11',
  start: 12.5,
  source: 'Ms. Lee: I will send the schedule by Friday.',
  ...over,
});

function known(item: ExtractedItem, over: Partial<KnownItem> = {}): KnownItem {
  const [found] = toFound([item]);
  if (!found) throw new Error('no item');
  return {
    id: 'k1',
    machineKey: found.machineKey,
    status: 'suggested',
    edited: false,
    text: found.text,
    who: found.who,
    due: found.due,
    startMs: found.startMs,
    source: found.source,
    transcriptId: 't1',
    ...over,
  };
}

describe('reconcileItems', () => {
  it('adds new findings as suggestions, with times in milliseconds', () => {
    const found = toFound([extracted()]);
    const change = reconcileItems([], found, 't1');
    expect(change.insert).toHaveLength(1);
    expect(change.insert[0]?.startMs).toBe(12500);
    expect(change).toMatchObject({ refresh: [], remove: [] });
  });

  it('leaves a suggestion found again alone, and refreshes it when the machine words it differently', () => {
    const item = extracted();
    expect(reconcileItems([known(item)], toFound([item]), 't1')).toEqual({
      insert: [],
      refresh: [],
      remove: [],
    });
    const reworded = extracted({ text: 'Ms. Lee will send the new schedule.' });
    const change = reconcileItems([known(item)], toFound([reworded]), 't1');
    expect(change.refresh.map((r) => [r.id, r.item.text])).toEqual([['k1', reworded.text]]);
  });

  it('removes suggestions no longer found, but never the parent’s confirmed, dropped or edited items', () => {
    const gone = [
      known(extracted({ source: 'a' }), { id: 's' }),
      known(extracted({ source: 'b' }), { id: 'c', status: 'confirmed' }),
      known(extracted({ source: 'c' }), { id: 'd', status: 'dropped' }),
      known(extracted({ source: 'd' }), { id: 'e', edited: true }),
    ];
    expect(reconcileItems(gone, [], 't2')).toEqual({ insert: [], refresh: [], remove: ['s'] });
  });

  it('keeps a decided item exactly as it is when found again', () => {
    const item = extracted();
    const parents = [known(item, { status: 'confirmed', text: 'My words', transcriptId: 'old' })];
    expect(reconcileItems(parents, toFound([extracted({ text: 'New words' })]), 't2')).toEqual({
      insert: [],
      refresh: [],
      remove: [],
    });
  });
});
