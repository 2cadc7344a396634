import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backoffMs,
  CHUNK_DIFFERS_MESSAGE,
  PartUploader,
  UploadError,
  type Transport,
} from './recording-queue';
import { RecorderStore } from './recording-store';

// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = (
  (await import(readabilityModule)) as { default: { fleschKincaidGrade(text: string): number } }
).default;

let n = 0;
let store: RecorderStore;
afterEach(() => store.close());

async function setup(chunks: number, stopped: boolean) {
  store = await RecorderStore.open(`q${(n += 1)}`);
  await store.putPart({
    clientPartId: 'p',
    caseId: 'c',
    meetingId: 'm',
    startedAt: '2026-11-02T15:00:00.000Z',
    mimeType: 'audio/webm',
    serverPartId: null,
    highestSeq: -1,
    stopped,
    timelineStartMs: 0,
  });
  for (let seq = 0; seq < chunks; seq += 1) {
    await store.addChunk({
      clientPartId: 'p',
      seq,
      data: new Uint8Array([seq]).buffer,
      recordedAt: 1000 + seq,
    });
  }
}

/** A fake server that stores chunks by seq and fails the calls listed in `failures` (by call number). */
function fakeServer(failures: Map<number, number> = new Map()) {
  const stored = new Map<number, number>();
  const log: string[] = [];
  let calls = 0;
  let finishedWith: number | null = null;
  const maybeFail = () => {
    calls += 1;
    const status = failures.get(calls);
    if (status !== undefined) throw new UploadError(status, `failure ${status}`);
  };
  const transport: Transport = {
    createPart: async () => {
      maybeFail();
      log.push('create');
      return 'server-p';
    },
    putChunk: async (_id, seq, data) => {
      maybeFail();
      log.push(`put ${seq}`);
      stored.set(seq, new Uint8Array(data)[0] ?? -1);
      let upTo = -1;
      while (stored.has(upTo + 1)) upTo += 1;
      return { stored: true, contiguousUpTo: upTo };
    },
    finish: async (_id, lastSeq) => {
      maybeFail();
      log.push(`finish ${lastSeq}`);
      finishedWith = lastSeq;
    },
  };
  return { transport, stored, log, finished: () => finishedWith };
}

const noSleep = { sleep: async () => {}, random: () => 0.5 };

describe('uploading a part in order', () => {
  it('sends every chunk in seq order, then finishes with the last seq and forgets the part', async () => {
    await setup(4, true);
    const server = fakeServer();
    const acks: number[] = [];
    await new PartUploader(
      store,
      server.transport,
      'p',
      { onAck: (_p, at) => acks.push(at) },
      noSleep,
    ).start();
    expect(server.log).toEqual(['create', 'put 0', 'put 1', 'put 2', 'put 3', 'finish 3']);
    expect(acks).toEqual([1000, 1001, 1002, 1003]);
    expect(await store.getPart('p')).toBeUndefined();
  });

  it('retries network errors and 5xx with backoff and loses nothing; a chunk stays until acknowledged', async () => {
    await setup(3, true);
    // call 2 (first put) fails offline, call 3 fails with 503, then all pass
    const server = fakeServer(
      new Map([
        [2, 0],
        [3, 503],
      ]),
    );
    const delays: number[] = [];
    const uploader = new PartUploader(
      store,
      server.transport,
      'p',
      { onRetrying: (_p, _e, d) => delays.push(d) },
      noSleep,
    );
    await uploader.start();
    expect(delays).toEqual([backoffMs(0, 0.5), backoffMs(1, 0.5)]);
    expect([...server.stored.entries()]).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(server.finished()).toBe(2);
  });

  it('stops on a 404 and keeps the chunks on this device', async () => {
    await setup(2, true);
    const server = fakeServer(new Map([[2, 404]]));
    let stopped: UploadError | null = null;
    await new PartUploader(
      store,
      server.transport,
      'p',
      { onStopped: (_p, e) => (stopped = e) },
      noSleep,
    ).start();
    expect(stopped).toBeInstanceOf(UploadError);
    expect(await store.countChunks('p')).toBe(2);
  });

  it('a 409 for different bytes stops with a plain message and keeps every chunk on this device', async () => {
    await setup(3, true);
    const server = fakeServer();
    server.transport.putChunk = async () => {
      throw new UploadError(409, 'A different piece of audio was already saved.', 'chunk-differs');
    };
    let stopped: UploadError | null = null;
    await new PartUploader(
      store,
      server.transport,
      'p',
      { onStopped: (_p, e) => (stopped = e) },
      noSleep,
    ).start();
    expect(stopped).not.toBeNull();
    expect((stopped as UploadError | null)?.message).toBe(CHUNK_DIFFERS_MESSAGE);
    expect(readability.fleschKincaidGrade(CHUNK_DIFFERS_MESSAGE)).toBeLessThanOrEqual(8);
    expect(await store.countChunks('p')).toBe(3);
  });

  it('any other 409 (the part closed for now) is retried, more slowly, and does not stop the queue', async () => {
    await setup(2, true);
    const server = fakeServer(
      new Map([
        [2, 409],
        [3, 409],
      ]),
    );
    const delays: number[] = [];
    let stopped = false;
    await new PartUploader(
      store,
      server.transport,
      'p',
      { onRetrying: (_p, _e, d) => delays.push(d), onStopped: () => (stopped = true) },
      noSleep,
    ).start();
    expect(stopped).toBe(false);
    expect(delays).toHaveLength(2);
    expect(delays[1]).toBeGreaterThan(backoffMs(1, 0.5));
    expect(server.finished()).toBe(1);
    expect(await store.getPart('p')).toBeUndefined();
  });

  it('waits for new chunks while the part is still recording', async () => {
    await setup(1, false);
    const server = fakeServer();
    const uploader = new PartUploader(store, server.transport, 'p', {}, noSleep);
    const done = uploader.start();
    await new Promise((r) => setTimeout(r, 30));
    expect(server.log).toEqual(['create', 'put 0']);
    await store.addChunk({ clientPartId: 'p', seq: 1, data: new Uint8Array([1]).buffer, recordedAt: 2 });
    await store.updatePart('p', { stopped: true });
    uploader.notify();
    await done;
    expect(server.log).toEqual(['create', 'put 0', 'put 1', 'finish 1']);
  });
});

describe('backoff', () => {
  it('grows exponentially, is capped, and is jittered between half and all of the ceiling', () => {
    expect(backoffMs(0, 0)).toBe(250);
    expect(backoffMs(0, 1)).toBe(500);
    expect(backoffMs(3, 1)).toBe(4000);
    expect(backoffMs(10, 1)).toBe(8000);
    expect(backoffMs(10, 0)).toBe(4000);
  });
});
