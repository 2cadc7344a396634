import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenCalls } from './open-calls.js';

// The calls a member has open, cut off when the member is removed: by closeFor (a removal through this server)
// and by the sweep that reads the memberships (a removal made elsewhere: the CLI, another server).

/** A request and an answer that record being destroyed and close as a socket would. */
function call() {
  const response = new EventEmitter() as EventEmitter & { destroyed: boolean; destroy: () => void };
  response.destroyed = false;
  response.destroy = () => {
    response.destroyed = true;
    response.emit('close');
  };
  const request: { destroyed: boolean; destroy: () => void } = {
    destroyed: false,
    destroy: () => {
      request.destroyed = true;
    },
  };
  return {
    request,
    response,
    args: [request as unknown as IncomingMessage, response as unknown as ServerResponse] as const,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('open calls', () => {
  it('closeFor cuts off one user on one case and leaves the others', () => {
    const calls = new OpenCalls();
    const a = call();
    const b = call();
    calls.add('case-1', 'viewer', ...a.args);
    calls.add('case-1', 'advocate', ...b.args);
    expect(calls.closeFor('case-1', 'viewer')).toBe(1);
    expect([a.response.destroyed, a.request.destroyed, b.response.destroyed]).toEqual([true, true, false]);
    expect(calls.count('case-1', 'advocate')).toBe(1);
  });

  it('a sweep cuts off the calls of someone no longer a member, read from the memberships', async () => {
    const members = new Set(['case-1/advocate']);
    const calls = new OpenCalls({ stillMember: (c, u) => Promise.resolve(members.has(`${c}/${u}`)) });
    const removed = call();
    const kept = call();
    calls.add('case-1', 'viewer', ...removed.args);
    calls.add('case-1', 'advocate', ...kept.args);
    expect(await calls.sweep()).toBe(1);
    expect(removed.response.destroyed).toBe(true);
    expect(kept.response.destroyed).toBe(false);
    expect(calls.count('case-1', 'viewer')).toBe(0);
  });

  it('sweeps on a timer while calls are open, and stops when none are', async () => {
    vi.useFakeTimers();
    let member = true;
    const stillMember = vi.fn(() => Promise.resolve(member));
    const calls = new OpenCalls({ stillMember, sweepMs: 1000 });
    const open = call();
    calls.add('case-1', 'viewer', ...open.args);
    await vi.advanceTimersByTimeAsync(1000);
    expect(stillMember).toHaveBeenCalledTimes(1);
    expect(open.response.destroyed).toBe(false);
    member = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(open.response.destroyed).toBe(true);
    const asked = stillMember.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(stillMember).toHaveBeenCalledTimes(asked);
  });

  it('a database that cannot answer ends no call', async () => {
    const calls = new OpenCalls({ stillMember: () => Promise.reject(new Error('closed')) });
    const open = call();
    calls.add('case-1', 'viewer', ...open.args);
    expect(await calls.sweep()).toBe(0);
    expect(open.response.destroyed).toBe(false);
  });
});
