import type { IncomingMessage, ServerResponse } from 'node:http';

// Calls a member of a shared case has open right now (audio streamed with Range, a tus upload's PATCH, a zip on
// its way out), by case and user. Removing a member ends their access at once: the next request is refused by the
// access check, and this is how a call already past that check is cut off too (its answer and request are
// destroyed, which closes the socket: a stream stops, an upload's bytes stop being taken). A call leaves the set
// when its answer is done or its connection goes.
//
// A removal made outside this server process (`iep case unshare` in a terminal, another server on the same
// PostgreSQL) calls no closeFor here: while calls are open, each (case, user) is checked against the memberships
// every `sweepMs`, and the calls of anyone no longer a member are cut off the same way.

interface Call {
  request: IncomingMessage;
  response: ServerResponse;
}

export interface OpenCallsOptions {
  /** Whether the user is still a member of the case, read from the database on each sweep. */
  stillMember?: (caseId: string, userId: string) => Promise<boolean>;
  /** How often open calls are checked against the memberships (milliseconds). */
  sweepMs?: number;
}

export class OpenCalls {
  private readonly open = new Map<string, Set<Call>>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(private options: OpenCallsOptions = {}) {}

  /** Reads memberships on each sweep from now on (the app hands in the check: context/ sits below the features). */
  checkMemberships(options: OpenCallsOptions): void {
    this.options = options;
  }

  /** Holds the call until its answer closes. */
  add(caseId: string, userId: string, request: IncomingMessage, response: ServerResponse): void {
    const key = keyOf(caseId, userId);
    let calls = this.open.get(key);
    if (!calls) {
      calls = new Set();
      this.open.set(key, calls);
    }
    const call = { request, response };
    calls.add(call);
    response.once('close', () => {
      calls.delete(call);
      if (calls.size === 0 && this.open.get(key) === calls) this.open.delete(key);
      if (this.open.size === 0) this.stopSweeping();
    });
    this.startSweeping();
  }

  /** Checks every open (case, user) against the memberships once; cuts off those no longer members. */
  async sweep(): Promise<number> {
    const stillMember = this.options.stillMember;
    if (!stillMember || this.sweeping) return 0;
    this.sweeping = true;
    let closed = 0;
    try {
      for (const key of [...this.open.keys()]) {
        const [caseId = '', userId = ''] = key.split('\n');
        // A database that cannot answer (closing at shutdown) ends nothing: the next sweep asks again.
        const member = await stillMember(caseId, userId).catch(() => true);
        if (!member) closed += this.closeFor(caseId, userId);
      }
    } finally {
      this.sweeping = false;
    }
    return closed;
  }

  /** Stops the membership checks (at shutdown; they also stop by themselves when no call is open). */
  stopSweeping(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private startSweeping(): void {
    if (this.timer !== null || !this.options.stillMember) return;
    this.timer = setInterval(() => void this.sweep(), this.options.sweepMs ?? 2000);
    // Open calls keep the process alive, not this timer.
    this.timer.unref();
  }

  /** How many calls of this user on this case are open. */
  count(caseId: string, userId: string): number {
    return this.open.get(keyOf(caseId, userId))?.size ?? 0;
  }

  /** Cuts off every open call of this user on this case; returns how many there were. */
  closeFor(caseId: string, userId: string): number {
    const key = keyOf(caseId, userId);
    const calls = this.open.get(key);
    if (!calls) return 0;
    this.open.delete(key);
    if (this.open.size === 0) this.stopSweeping();
    // Counted first: a destroyed answer may say 'close' at once, which takes its call out of the set.
    const count = calls.size;
    for (const { request, response } of [...calls]) {
      response.destroy();
      request.destroy();
    }
    return count;
  }
}

const keyOf = (caseId: string, userId: string) => `${caseId}\n${userId}`;
