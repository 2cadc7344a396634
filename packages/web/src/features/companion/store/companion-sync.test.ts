import 'fake-indexeddb/auto';
import type { CompanionEntry } from '@iep/core/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompanionStore } from './companion-store';
import { Syncer, sendPending, type SyncStatus } from './companion-sync';

let n = 0;
let store: CompanionStore;
afterEach(() => {
  store.close();
  vi.useRealTimers();
});

const add = (id: string) =>
  store.add('c1', 'm1', {
    id: `entry-${id}`,
    at: '2026-12-07T15:00:00.000Z',
    atMs: 1000,
    session: 0,
    action: { type: 'note', text: id },
  });

describe('sending the outbox', () => {
  it('sends in seq order, in batches of 200, and forgets only what the server stored', async () => {
    store = await CompanionStore.open(`s${(n += 1)}`);
    for (let i = 0; i < 205; i += 1) await add(String(i).padStart(3, '0'));
    const calls: number[][] = [];
    const left = await sendPending(store, 'c1', 'm1', async (entries) => {
      calls.push(entries.map((e) => e.seq));
      return { stored: entries.map((e) => e.id) };
    });
    expect(left).toBe(0);
    expect(calls.map((c) => c.length)).toEqual([200, 5]);
    expect(calls.flat()).toEqual(Array.from({ length: 205 }, (_, i) => i));
    expect(await store.pending('c1', 'm1')).toEqual([]);
  });

  it('keeps everything when the network fails, and a resend after a partial answer sends the rest', async () => {
    store = await CompanionStore.open(`s${(n += 1)}`);
    await add('a');
    await add('b');
    await expect(sendPending(store, 'c1', 'm1', () => Promise.reject(new Error('offline')))).rejects.toThrow(
      'offline',
    );
    expect(await store.pending('c1', 'm1')).toHaveLength(2);
    // The server stored only the first (say, it went down in the middle): the second waits for the next try.
    const left = await sendPending(store, 'c1', 'm1', async () => ({ stored: ['entry-a'] }));
    expect(left).toBe(1);
    const sent: CompanionEntry[] = [];
    await sendPending(store, 'c1', 'm1', async (entries) => {
      sent.push(...entries);
      return { stored: entries.map((e) => e.id) };
    });
    expect(sent.map((e) => e.id)).toEqual(['entry-b']);
  });

  it('retries with a growing wait and reports the pending count', async () => {
    store = await CompanionStore.open(`s${(n += 1)}`);
    await add('a');
    let fail = 2;
    const tries: number[] = [];
    const statuses: SyncStatus[] = [];
    const sent = vi.fn();
    const syncer = new Syncer({
      run: async () =>
        sendPending(store, 'c1', 'm1', async (entries) => {
          tries.push(Date.now());
          if (fail > 0) {
            fail -= 1;
            throw new Error('We could not reach IEP Ready.');
          }
          return { stored: entries.map((e) => e.id) };
        }),
      count: async () => (await store.pending('c1', 'm1')).length,
      onStatus: (s) => statuses.push(s),
      onSent: sent,
    });
    syncer.wake();
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(1), { timeout: 8000, interval: 50 });
    syncer.stop();
    expect(tries).toHaveLength(3);
    // 1 s after the first failure, 2 s after the second.
    expect((tries[1] ?? 0) - (tries[0] ?? 0)).toBeGreaterThanOrEqual(950);
    expect((tries[2] ?? 0) - (tries[1] ?? 0)).toBeGreaterThanOrEqual(1950);
    expect(statuses.some((s) => s.error !== '' && s.pending === 1)).toBe(true);
    expect(statuses[statuses.length - 1]).toEqual({ pending: 0, sending: false, error: '' });
  }, 10_000);
});
