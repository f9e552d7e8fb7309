/** The library's storage work, each an actor of its own: reading, saving, opening, removing, rewriting, measuring. */
import { fromCallback, fromPromise } from 'xstate';
import type { CycleMap } from '../core';
import type { MapChannel } from './mapChannel';
import type { MapStore, SaveResult, StoredMap } from './mapStore';

/** What the library hears from other tabs, once the stored map has been read. */
export type HeardFromOtherTabs =
  | { readonly type: 'library.newer'; readonly stored: StoredMap }
  | { readonly type: 'library.gone'; readonly id: string };

export const libraryActors = {
  list: fromPromise(({ input }: { input: { store: MapStore } }) => input.store.list()),
  save: fromPromise(
    ({ input }: { input: { store: MapStore; map: CycleMap; base: number | null } }) =>
      input.store.save(input.map, input.base),
  ),
  load: fromPromise(
    async ({
      input,
    }: {
      input: { store: MapStore; id: string };
    }): Promise<{ id: string; stored: StoredMap | null }> => ({
      id: input.id,
      stored: await input.store.load(input.id),
    }),
  ),
  /** Reads the map first, so "Undo" can put it back. */
  remove: fromPromise(
    async ({ input }: { input: { store: MapStore; id: string } }): Promise<StoredMap | null> => {
      const stored = await input.store.load(input.id);
      await input.store.remove(input.id);
      return stored;
    },
  ),
  /** Reads a stored map, changes it, and saves the result (a rename in place, or a copy). */
  rewrite: fromPromise(
    async ({
      input,
    }: {
      input: {
        store: MapStore;
        id: string;
        change: (map: CycleMap) => CycleMap;
        inPlace: boolean;
      };
    }): Promise<{ map: CycleMap; result: SaveResult } | null> => {
      const stored = await input.store.load(input.id);
      if (stored === null) return null;
      const map = input.change(stored.map);
      const result = await input.store.save(map, input.inPlace ? stored.revision : null);
      return { map, result };
    },
  ),
  versions: fromPromise(async ({ input }: { input: { store: MapStore; id: string } }) => ({
    id: input.id,
    list: await input.store.versions(input.id),
  })),
  /** Listens to the other tabs; reads each map they saved, so this tab can follow it. */
  hearOtherTabs: fromCallback<{ type: string }, { store: MapStore; channel: MapChannel }>(
    ({ input, sendBack }) => {
      const tell = (heard: HeardFromOtherTabs) => sendBack(heard);
      return input.channel.listen((news) => {
        if (news.type === 'removed') return tell({ type: 'library.gone', id: news.id });
        input.store.load(news.id).then(
          (stored) =>
            tell(
              stored === null
                ? { type: 'library.gone', id: news.id }
                : { type: 'library.newer', stored },
            ),
          // Storage failing here is reported by this tab's own next save; nothing to follow meanwhile.
          () => undefined,
        );
      });
    },
  ),
  estimate: fromPromise(async ({ input }: { input: { store: MapStore; persist: boolean } }) => {
    if (input.persist) await input.store.persist();
    return input.store.estimate();
  }),
};
