import { describe, expect, it } from 'vitest';
import {
  draftKey,
  readLocalDraft,
  sameAnswers,
  shouldOfferRestore,
  writeLocalDraft,
} from './letter-draft-store';

function memoryStore() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('the browser copy of a letter draft', () => {
  it('keeps drafts of different cases, kinds and meetings apart', () => {
    const keys = new Set([
      draftKey('c1', 'recording-notice', 'm1'),
      draftKey('c1', 'recording-notice', 'm2'),
      draftKey('c1', 'records-request', null),
      draftKey('c2', 'recording-notice', 'm1'),
    ]);
    expect(keys.size).toBe(4);
  });

  it('reads back what it wrote and ignores damaged copies', () => {
    const store = memoryStore();
    writeLocalDraft('k', { answers: { a: 1 }, savedAt: '2026-11-23T10:00:00.000Z', synced: false }, store);
    expect(readLocalDraft('k', store)).toEqual({
      answers: { a: 1 },
      savedAt: '2026-11-23T10:00:00.000Z',
      synced: false,
    });
    store.setItem('bad', '{not json');
    expect(readLocalDraft('bad', store)).toBeNull();
    store.setItem('list', JSON.stringify({ answers: [], savedAt: 'x' }));
    expect(readLocalDraft('list', store)).toBeNull();
  });

  it('compares answers without caring about key order', () => {
    expect(sameAnswers({ a: 1, b: [{ x: 1, y: 2 }] }, { b: [{ y: 2, x: 1 }], a: 1 })).toBe(true);
    expect(sameAnswers({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameAnswers({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });

  it('offers a restore only for unsaved, different answers written after the server copy', () => {
    const server = { answers: { a: 'old' }, updatedAt: '2026-11-23T10:00:00.000Z' };
    const local = { answers: { a: 'new' }, savedAt: '2026-11-23T10:05:00.000Z', synced: false };
    expect(shouldOfferRestore(local, server)).toBe(true);
    expect(shouldOfferRestore({ ...local, synced: true }, server)).toBe(false);
    expect(shouldOfferRestore({ ...local, answers: { a: 'old' } }, server)).toBe(false);
    expect(shouldOfferRestore({ ...local, savedAt: '2026-11-23T09:00:00.000Z' }, server)).toBe(false);
    expect(shouldOfferRestore(local, { answers: {}, updatedAt: null })).toBe(true);
    expect(shouldOfferRestore(null, server)).toBe(false);
  });
});
