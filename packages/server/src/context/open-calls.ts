import type { IncomingMessage, ServerResponse } from 'node:http';

// Calls a member of a shared case has open right now (audio streamed with Range, a tus upload's PATCH, a zip on
// its way out), by case and user. Removing a member ends their access at once: the next request is refused by the
// access check, and this is how a call already past that check is cut off too (its answer and request are
// destroyed, which closes the socket: a stream stops, an upload's bytes stop being taken). A call leaves the set
// when its answer is done or its connection goes.

interface Call {
  request: IncomingMessage;
  response: ServerResponse;
}

export class OpenCalls {
  private readonly open = new Map<string, Set<Call>>();

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
    });
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
    for (const { request, response } of calls) {
      response.destroy();
      request.destroy();
    }
    return calls.size;
  }
}

const keyOf = (caseId: string, userId: string) => `${caseId}\n${userId}`;
