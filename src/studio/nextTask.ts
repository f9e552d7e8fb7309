/**
 * A promise that resolves in a later task of the event loop, not a microtask: awaited between two
 * pieces of work, it lets the page paint and answer input in between, so a slow phone runs two
 * short tasks instead of one long one. Opening a map chains module loading, reading the map and
 * building its dance; each `await nextTask()` is where that chain lets go.
 *
 * The browser's `scheduler.yield()` where there is one (it resumes ahead of other queued work);
 * otherwise a `MessageChannel` message (Node and older browsers), which, unlike `setTimeout`, has
 * no minimum delay and is not stopped by a test's fake timers.
 *
 * @example
 * const parse = await loadMapParser();
 * await nextTask(); // the parser's module evaluated in one task, the map read in the next
 * const result = parse(text);
 */
interface Port {
  onmessage: (() => void) | null;
  postMessage(message: null): void;
  close(): void;
}

interface Host {
  readonly scheduler?: { readonly yield?: () => Promise<void> };
  readonly MessageChannel?: new () => { readonly port1: Port; readonly port2: Port };
}

export function nextTask(): Promise<void> {
  const host = globalThis as unknown as Host;
  const scheduler = host.scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  const Channel = host.MessageChannel;
  if (Channel === undefined) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new Channel();
    port1.onmessage = () => {
      // Closed, so an open port never keeps Node running.
      port1.close();
      port2.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
