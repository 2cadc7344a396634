import type { ChunkAck } from '@iep/core/contract';
import type { LocalPart, RecorderStore } from './recording-store';

// Uploads one part's chunks strictly in order from the copy on this device. A chunk leaves the device only
// after the server says it holds every chunk up to it (contiguousUpTo). Network errors, 5xx and 429 are
// retried forever with exponential backoff and jitter (a server restart or a dead network only delays);
// so is a 409, more slowly, unless the server says it holds different bytes under that number (a real
// conflict no retry can fix). Other answers stop the queue with a plain message and keep the chunks.

export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The server's machine-readable reason, when it gives one ('chunk-differs'). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** What the parent reads when the server holds a different piece under the same number. */
export const CHUNK_DIFFERS_MESSAGE =
  'The server already has a different piece of audio under the same number, so sending stopped. ' +
  'Nothing was deleted: the rest of this part is still saved on this device. Do not clear this browser. ' +
  'Reload the page to try again. If this message comes back, ask for help.';

/** A 409 other than a real conflict: the part may only be closed for now (the server finishing it). */
const SLOW_RETRY_CAP_MS = 60_000;

export interface Transport {
  createPart(part: LocalPart): Promise<string>;
  putChunk(serverPartId: string, seq: number, data: ArrayBuffer): Promise<ChunkAck>;
  finish(serverPartId: string, lastSeq: number): Promise<void>;
}

const retryable = (status: number) => status === 0 || status === 429 || status >= 500 || status === 401;

/** Exponential backoff with "equal jitter": half fixed, half random, capped so a restart is caught quickly. */
export function backoffMs(attempt: number, random: number, baseMs = 500, capMs = 8000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

export interface QueueEvents {
  /** The server holds this part up to a chunk handed over at `recordedAt` (epoch ms). */
  onAck?: (clientPartId: string, recordedAt: number) => void;
  onRetrying?: (clientPartId: string, error: UploadError, delayMs: number) => void;
  onFinished?: (clientPartId: string) => void;
  onStopped?: (clientPartId: string, error: UploadError) => void;
}

export interface QueueOptions {
  sleep?: (ms: number, wake: Promise<void>) => Promise<void>;
  random?: () => number;
}

const defaultSleep = (ms: number, wake: Promise<void>) =>
  Promise.race([new Promise<void>((resolve) => setTimeout(resolve, ms)), wake]);

export class PartUploader {
  private wakeResolve: () => void = () => {};
  private wake: Promise<void> = this.newWake();
  private closed = false;
  private running: Promise<void> | null = null;
  private readonly sleep: NonNullable<QueueOptions['sleep']>;
  private readonly random: () => number;

  constructor(
    private readonly store: RecorderStore,
    private readonly transport: Transport,
    readonly clientPartId: string,
    private readonly events: QueueEvents = {},
    options: QueueOptions = {},
  ) {
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
  }

  private newWake(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wakeResolve = resolve;
    });
  }

  /** A new chunk was written, the part was stopped, or the network came back: look again now. */
  notify(): void {
    this.wakeResolve();
    this.wake = this.newWake();
  }

  start(): Promise<void> {
    this.running ??= this.loop();
    return this.running;
  }

  close(): void {
    this.closed = true;
    this.notify();
  }

  private async loop(): Promise<void> {
    let attempt = 0;
    while (!this.closed) {
      const wake = this.wake;
      try {
        const done = await this.step();
        attempt = 0;
        if (done === 'finished') {
          this.events.onFinished?.(this.clientPartId);
          return;
        }
        if (done === 'idle') await wake;
      } catch (e) {
        const error = e instanceof UploadError ? e : new UploadError(0, String(e));
        if (error.status === 409 && error.reason === 'chunk-differs') {
          this.events.onStopped?.(
            this.clientPartId,
            new UploadError(409, CHUNK_DIFFERS_MESSAGE, error.reason),
          );
          return;
        }
        if (!retryable(error.status) && error.status !== 409) {
          this.events.onStopped?.(this.clientPartId, error);
          return;
        }
        const delay =
          error.status === 409
            ? backoffMs(attempt, this.random(), 2000, SLOW_RETRY_CAP_MS)
            : backoffMs(attempt, this.random());
        attempt += 1;
        this.events.onRetrying?.(this.clientPartId, error, delay);
        await this.sleep(delay, wake);
      }
    }
  }

  /** One unit of work: make the part, send the next chunk, or finish. */
  private async step(): Promise<'sent' | 'idle' | 'finished'> {
    let part = await this.store.getPart(this.clientPartId);
    if (!part) return 'finished';
    if (!part.serverPartId) {
      const serverPartId = await this.transport.createPart(part);
      part = (await this.store.updatePart(this.clientPartId, { serverPartId })) ?? part;
    }
    const serverPartId = part.serverPartId ?? '';
    const chunk = await this.store.firstChunk(this.clientPartId);
    if (chunk) {
      const ack = await this.transport.putChunk(serverPartId, chunk.seq, chunk.data);
      // The server may already hold later chunks (sent before a reload): forget all it confirms.
      await this.store.deleteUpTo(this.clientPartId, Math.max(ack.contiguousUpTo, -1));
      if (ack.contiguousUpTo < chunk.seq) {
        // Only acknowledged chunks are ever forgotten, so this means the server lost pieces: stop, keep ours.
        throw new UploadError(409, 'The server is missing earlier pieces of this recording.');
      }
      this.events.onAck?.(this.clientPartId, chunk.recordedAt);
      return 'sent';
    }
    if (!part.stopped) return 'idle';
    if (part.highestSeq >= 0) await this.transport.finish(serverPartId, part.highestSeq);
    await this.store.removePart(this.clientPartId);
    return 'finished';
  }
}
