import 'fake-indexeddb/auto';
import type { Companion, CompanionEntry } from '@iep/core/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { CompanionStore } from './companion-store';

let n = 0;
let store: CompanionStore;
afterEach(() => store.close());

const draft = (id: string): Omit<CompanionEntry, 'seq'> => ({
  id: `entry-${id}`,
  at: '2026-12-07T15:00:00.000Z',
  atMs: null,
  session: 0,
  action: { type: 'note', text: id },
});

const snapshot = (seqs: number[]): Companion => ({
  meetingId: 'm1',
  timeZone: 'America/Chicago',
  recordingId: null,
  addedBy: {},
  agenda: [],
  roster: [],
  entries: seqs.map((seq) => ({ ...draft(`s${seq}`), seq })),
  state: { cards: [], notes: [], sessions: [] },
});

describe("the companion's outbox on this device", () => {
  it('numbers taps in order per meeting and keeps them until the server has them', async () => {
    store = await CompanionStore.open(`c${(n += 1)}`);
    const a = await store.add('c1', 'm1', draft('a'));
    const b = await store.add('c1', 'm1', draft('b'));
    const other = await store.add('c1', 'm2', draft('x'));
    expect([a.seq, b.seq, other.seq]).toEqual([0, 1, 0]);
    expect((await store.pending('c1', 'm1')).map((e) => e.id)).toEqual(['entry-a', 'entry-b']);
    await store.forget(['entry-a']);
    expect((await store.pending('c1', 'm1')).map((e) => e.id)).toEqual(['entry-b']);
    expect((await store.pending('c1', 'm2')).map((e) => e.id)).toEqual(['entry-x']);
  });

  it('never reuses a number after a reload, even when everything was sent', async () => {
    const name = `c${(n += 1)}`;
    store = await CompanionStore.open(name);
    await store.add('c1', 'm1', draft('a'));
    await store.add('c1', 'm1', draft('b'));
    await store.forget(['entry-a', 'entry-b']);
    store.close();
    store = await CompanionStore.open(name);
    expect((await store.add('c1', 'm1', draft('c'))).seq).toBe(2);
  });

  it("keeps the server's answer for a reload offline and numbers past the server's entries", async () => {
    const name = `c${(n += 1)}`;
    store = await CompanionStore.open(name);
    expect(await store.snapshot('c1', 'm1')).toBeNull();
    await store.saveSnapshot('c1', 'm1', snapshot([0, 7, 3]));
    store.close();
    store = await CompanionStore.open(name);
    expect((await store.snapshot('c1', 'm1'))?.entries).toHaveLength(3);
    expect((await store.add('c1', 'm1', draft('d'))).seq).toBe(8);
    // A lower floor than the kept number changes nothing; a higher one wins.
    expect((await store.add('c1', 'm1', draft('e'), 3)).seq).toBe(9);
    expect((await store.add('c1', 'm1', draft('f'), 20)).seq).toBe(20);
  });
});
