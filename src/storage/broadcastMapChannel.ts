/**
 * Tabs of this browser telling each other of saved maps, over a BroadcastChannel (same origin
 * only; nothing leaves the device). Where BroadcastChannel is missing, a tab hears no one, and a
 * stale save is still refused by the store's revision check.
 */
import { noMapChannel, type MapChannel, type MapNews } from '../studio/mapChannel';

const CHANNEL_NAME = 'cyclemap-maps';

/** Only news of the expected shape is heard: the channel is shared by every tab of this origin. */
function isMapNews(data: unknown): data is MapNews {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id, revision } = data as Record<string, unknown>;
  if (typeof id !== 'string') return false;
  return type === 'removed' || (type === 'saved' && typeof revision === 'number');
}

export function broadcastMapChannel(): MapChannel {
  if (typeof BroadcastChannel === 'undefined') return noMapChannel;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  return {
    post(news) {
      channel.postMessage(news);
    },
    listen(hear) {
      const onMessage = (event: MessageEvent<unknown>) => {
        if (isMapNews(event.data)) hear(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}
