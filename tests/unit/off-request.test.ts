// Work that depends on who an address belongs to runs away from the request that asked for it
// (issue 24, finding 4): never at once, one task at a time, in order.
import { describe, expect, it } from 'vitest';
import { runOffRequest } from '@/lib/jobs/off-request';

describe('runOffRequest', () => {
  it('starts each task after a pause, one at a time, in order, and goes on after a failure', async () => {
    const queued = Date.now();
    const events: string[] = [];
    const started: number[] = [];
    let running = 0;
    const task =
      (name: string, fail = false) =>
      async () => {
        started.push(Date.now() - queued);
        running += 1;
        expect(running).toBe(1);
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running -= 1;
        events.push(`end ${name}`);
        if (fail) throw new Error('transport down');
      };
    runOffRequest(task('a', true));
    runOffRequest(task('b'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual([]); // nothing right after the answer
    await expect.poll(() => events.length, { timeout: 5000 }).toBe(4);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(started[0]).toBeGreaterThanOrEqual(300);
    expect(started[1] - started[0]).toBeGreaterThanOrEqual(300);
  });
});
