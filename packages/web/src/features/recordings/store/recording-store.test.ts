import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { RecorderStore, type LocalPart } from './recording-store';

const part = (id: string, over: Partial<LocalPart> = {}): LocalPart => ({
  clientPartId: id,
  caseId: 'c1',
  meetingId: 'm1',
  startedAt: '2026-11-02T15:00:00.000Z',
  mimeType: 'audio/webm;codecs=opus',
  serverPartId: null,
  highestSeq: -1,
  stopped: false,
  timelineStartMs: 0,
  ...over,
});
const bytes = (n: number) => new Uint8Array([n, n + 1]).buffer;

let n = 0;
let store: RecorderStore;
afterEach(() => store.close());

describe('the recorder copy on this device', () => {
  it('keeps chunks in seq order per part and tracks the highest seq written', async () => {
    store = await RecorderStore.open(`t${(n += 1)}`);
    await store.putPart(part('a'));
    await store.putPart(part('b'));
    for (const seq of [2, 0, 1])
      await store.addChunk({ clientPartId: 'a', seq, data: bytes(seq), recordedAt: seq });
    await store.addChunk({ clientPartId: 'b', seq: 0, data: bytes(9), recordedAt: 0 });
    expect((await store.firstChunk('a'))?.seq).toBe(0);
    expect(await store.countChunks('a')).toBe(3);
    expect((await store.getPart('a'))?.highestSeq).toBe(2);
    await store.deleteUpTo('a', 1);
    const next = await store.firstChunk('a');
    expect(next?.seq).toBe(2);
    expect([...new Uint8Array(next?.data ?? new ArrayBuffer(0))]).toEqual([2, 3]);
    // Another part's chunks are untouched.
    expect(await store.countChunks('b')).toBe(1);
  });

  it('survives reopening (a reload) and forgets a part only when told', async () => {
    const name = `t${(n += 1)}`;
    store = await RecorderStore.open(name);
    await store.putPart(part('a', { meetingId: 'm2' }));
    await store.addChunk({ clientPartId: 'a', seq: 0, data: bytes(0), recordedAt: 1 });
    store.close();
    store = await RecorderStore.open(name);
    expect((await store.listParts('c1', 'm2')).map((p) => p.clientPartId)).toEqual(['a']);
    expect(await store.listParts('c1', 'm1')).toEqual([]);
    expect(await store.listParts('other')).toEqual([]);
    await store.removePart('a');
    expect(await store.getPart('a')).toBeUndefined();
    expect(await store.countChunks('a')).toBe(0);
  });

  it('queues bookmarks per meeting', async () => {
    store = await RecorderStore.open(`t${(n += 1)}`);
    await store.addBookmark({
      localId: 'x',
      caseId: 'c1',
      meetingId: 'm1',
      atMs: 5,
      kind: 'agreed',
      note: '',
    });
    await store.addBookmark({
      localId: 'y',
      caseId: 'c1',
      meetingId: 'm2',
      atMs: 6,
      kind: 'note',
      note: 'hi',
    });
    expect((await store.listBookmarks('c1', 'm1')).map((b) => b.localId)).toEqual(['x']);
    await store.deleteBookmark('x');
    expect(await store.listBookmarks('c1', 'm1')).toEqual([]);
  });
});
