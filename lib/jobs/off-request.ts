import 'server-only';

/**
 * Work whose cost depends on who an address belongs to (creating and sending a code, a new
 * login): it runs after the answer and away from the requests that follow it. An answer that
 * costs the same is not enough: work started right after it made the next page slower for a
 * known address (160 ms against 37 ms, issue 24). Here each task waits in one in-process queue,
 * runs one at a time, and starts after a random pause, so a page asked for right after the
 * answer never shares the server with it, and a later one cannot tell which request it follows.
 */
const queue: (() => Promise<unknown>)[] = [];
let draining = false;
const PAUSE_MS = { min: 300, spread: 900 };

const pause = () =>
  new Promise((resolve) => setTimeout(resolve, PAUSE_MS.min + Math.floor(Math.random() * PAUSE_MS.spread)));

async function drain() {
  draining = true;
  while (queue.length) {
    await pause();
    const task = queue.shift()!;
    await task().catch((error: Error) => console.error(`[off-request] ${error.message}`));
  }
  draining = false;
}

/** Queues the task; the caller answers at once (a server action hands this to `after`). */
export function runOffRequest(task: () => Promise<unknown>) {
  queue.push(task);
  if (!draining) void drain();
}
