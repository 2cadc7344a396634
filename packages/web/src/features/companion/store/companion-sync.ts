import type { CompanionEntry } from '@iep/core/contract';
import { backoffMs } from '../lib/companion-time';
import type { CompanionStore } from './companion-store';

// Sends the outbox in seq order, at most 200 entries a call (the route's limit), and forgets only what the server
// acknowledged. A failure waits longer each time (1 s, 2 s, 4 s ... 30 s), and going online or a new tap wakes
// the sender at once. The server stores an id once, so sending the same entry twice is harmless.

export type SendEntries = (entries: CompanionEntry[]) => Promise<{ stored: string[] }>;

const BATCH = 200;

/** Sends what is pending until nothing is left; returns how many entries are still waiting (0 when done). */
export async function sendPending(
  store: CompanionStore,
  caseId: string,
  meetingId: string,
  send: SendEntries,
): Promise<number> {
  for (;;) {
    const pending = await store.pending(caseId, meetingId);
    if (pending.length === 0) return 0;
    const batch = pending.slice(0, BATCH);
    const { stored } = await send(batch);
    const known = new Set(batch.map((e) => e.id));
    const done = stored.filter((id) => known.has(id));
    await store.forget(done);
    // An answer that stores nothing would loop forever: leave the rest for the next try.
    if (done.length === 0) return pending.length;
  }
}

export interface SyncStatus {
  pending: number;
  sending: boolean;
  /** The last failure in plain words, or '' after a success. */
  error: string;
}

interface SyncerOptions {
  run: () => Promise<number>;
  count: () => Promise<number>;
  onStatus: (status: SyncStatus) => void;
  /** Called after a send succeeded (to reload the server's state). */
  onSent: () => void;
}

/** One sender per open companion: never two sends at once, retries with backoff. */
export class Syncer {
  private failures = 0;
  private running = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly options: SyncerOptions) {}

  /** Send now (a new tap, back online). */
  wake(): void {
    if (this.stopped) return;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
  }

  /** Sends until empty; resolves true when nothing is pending. */
  async flush(): Promise<boolean> {
    while (this.running) await new Promise((r) => setTimeout(r, 50));
    await this.loop();
    return (await this.options.count()) === 0;
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        this.options.onStatus({ pending: await this.options.count(), sending: true, error: '' });
        try {
          const left = await this.options.run();
          this.failures = 0;
          this.options.onStatus({ pending: left, sending: false, error: '' });
          this.options.onSent();
        } catch (e) {
          this.failures += 1;
          const error = e instanceof Error ? e.message : 'We could not send your taps.';
          this.options.onStatus({ pending: await this.options.count(), sending: false, error });
          if (!this.stopped) this.timer = setTimeout(() => this.wake(), backoffMs(this.failures));
          return;
        }
      } while (this.again && !this.stopped);
    } finally {
      this.running = false;
    }
  }
}
