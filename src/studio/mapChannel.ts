/**
 * How tabs on the same device tell each other that a stored map changed, so a tab never goes on
 * showing (and saving over) an older version. The browser's channel is a BroadcastChannel
 * (`src/storage/broadcastMapChannel.ts`); `memoryMapChannels` links studios in one process, for tests.
 */

/** What one tab tells the others after it has written to the store. */
export type MapNews =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number }
  | { readonly type: 'removed'; readonly id: string };

export interface MapChannel {
  /** Tells the other tabs; never this one. */
  post(news: MapNews): void;
  /** Hears the other tabs' news; returns how to stop. */
  listen(hear: (news: MapNews) => void): () => void;
}

/** A channel that reaches no one: a studio alone (the CLI, most tests, a browser without BroadcastChannel). */
export const noMapChannel: MapChannel = { post: () => undefined, listen: () => () => undefined };

/**
 * Channels that reach each other, as tabs of one browser do: each call gives one tab's channel.
 * News is delivered asynchronously, as a BroadcastChannel delivers it.
 *
 * @example
 * const tab = memoryMapChannels();
 * const a = createStudio({ analysis, maps: store, channel: tab() });
 * const b = createStudio({ analysis, maps: store, channel: tab() });
 */
export function memoryMapChannels(): () => MapChannel {
  const tabs = new Set<{ hear: Set<(news: MapNews) => void> }>();
  return () => {
    const tab = { hear: new Set<(news: MapNews) => void>() };
    tabs.add(tab);
    return {
      post(news) {
        for (const other of tabs) {
          if (other === tab) continue;
          for (const hear of other.hear) queueMicrotask(() => hear(news));
        }
      },
      listen(hear) {
        tab.hear.add(hear);
        return () => tab.hear.delete(hear);
      },
    };
  };
}
