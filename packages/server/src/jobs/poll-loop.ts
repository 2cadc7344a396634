// The loop both job adapters run: look for due jobs now and then, at once when something changed (a job was
// added or one ended), never two looks at a time, and nothing more once stopped.

export interface PollLoop {
  readonly stopped: boolean;
  /** Lets the loop run again (it stays quiet until the first `schedule`). */
  resume(): void;
  /** Looks for due jobs after `delay` ms (0: at once) unless stopped; a look under way is not doubled. */
  schedule(delay: number): void;
  /** Stops the loop: no look is scheduled after this. */
  halt(): void;
  /** Waits for a look under way to end. */
  settle(): Promise<void>;
}

export function pollLoop(settings: {
  /** One look: claims and starts jobs until the slots are full or nothing is due. */
  poll: () => Promise<void>;
  /** The pause between looks when nothing happens. */
  pollMs: number;
  log: (message: string, detail?: unknown) => void;
}): PollLoop {
  const { poll, pollMs, log } = settings;
  let stopped = true;
  let timer: NodeJS.Timeout | null = null;
  let polling: Promise<void> | null = null;

  function schedule(delay: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      polling ??= poll()
        .catch((error: unknown) => log('job poll failed', error))
        .finally(() => {
          polling = null;
          schedule(pollMs);
        });
    }, delay);
  }

  return {
    get stopped() {
      return stopped;
    },
    resume() {
      stopped = false;
    },
    schedule,
    halt() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    async settle() {
      await polling;
    },
  };
}
