/**
 * The library: the person's own maps on this device. It lists them once storage has opened, saves
 * each edit within half a second (and at once when the page is hidden), checks every save, and
 * keeps a deleted map for undo. When storage is refused or full it says so — the work stays in
 * memory and can still be downloaded. Nothing is written before the first listing has finished.
 *
 * Tabs on the same device tell each other of every save: a tab showing an older version follows
 * the newer one, and a tab with edits of its own keeps them and lets the person choose — keep them
 * as a copy, or take the other version. Requests that need the store wait while a save is under
 * way, so a save is never cut short.
 */
import { assign, enqueueActions, sendParent, setup } from 'xstate';
import type { CycleMap } from '../core';
import { libraryActors, type HeardFromOtherTabs } from './libraryActors';
import {
  heardGone,
  heardNewer,
  keptAsCopy,
  messageOf,
  nextToSave,
  NOT_SAVING,
  REFUSED,
  savedElsewhere,
  tookNewer,
  withSummary,
  type LibraryContext,
  type QueuedRequest,
} from './libraryContext';
import { noMapChannel, type MapChannel } from './mapChannel';
import { newestFirst, summaryOf } from './memoryMapStore';
import { StorageUnavailableError, type MapStore, type SaveResult } from './mapStore';

export { NOT_SAVING, type LibraryContext } from './libraryContext';

/** How long after the last edit a save starts: soon enough to lose nothing, late enough to batch keystrokes. */
export const AUTOSAVE_MS = 500;

export type LibraryEvent =
  | QueuedRequest
  /** A map was edited (or created) here: save it soon. */
  | { readonly type: 'library.changed'; readonly map: CycleMap }
  /** Save whatever is waiting now (the page is being hidden or left). */
  | { readonly type: 'library.flush' }
  | { readonly type: 'library.open'; readonly id: string }
  | { readonly type: 'library.undoDelete' }
  /** After a conflict: this tab's edits of map `id` become a new map `newId`. */
  | {
      readonly type: 'library.keepCopy';
      readonly id: string;
      readonly newId: string;
      readonly title: string;
      readonly now: string;
    }
  /** After a conflict: this tab's edits of map `id` are let go for the other tab's version. */
  | { readonly type: 'library.useNewer'; readonly id: string }
  | HeardFromOtherTabs;

/** Told to the studio when a stored map has been read, was not there, or changed in another tab. */
export type LibraryNews =
  | { readonly type: 'maps.opened'; readonly map: CycleMap }
  | { readonly type: 'maps.missing'; readonly id: string }
  | { readonly type: 'maps.newer'; readonly map: CycleMap };

/** In every state where storage is free, requests start at once. */
const whenFree = {
  'library.delete': { target: 'deleting' },
  'library.rename': { target: 'rewriting' },
  'library.versions': { target: 'readingVersions' },
  'library.duplicate': { target: 'rewriting' },
  'library.refresh': { target: '#library.listing' },
  'library.open': [
    { guard: 'isInMemory', actions: 'openFromMemory' },
    { target: 'opening', actions: 'askOpen' },
  ],
  'library.undoDelete': { guard: 'hasDeleted', target: 'waiting', actions: 'restoreDeleted' },
  'library.keepCopy': { target: 'waiting', actions: 'keepCopy' },
} as const;

export const libraryMachine = setup({
  types: {
    context: {} as LibraryContext,
    events: {} as LibraryEvent,
    input: {} as { readonly store: MapStore; readonly channel?: MapChannel },
  },
  actors: libraryActors,
  guards: {
    hasUnsaved: ({ context }) => nextToSave(context) !== null,
    hasPendingOpen: ({ context }) => context.pendingOpen !== null,
    hasQueued: ({ context }) => context.queued.length > 0,
    /** The map asked for was changed here and not yet saved: its newest version is in memory. */
    isInMemory: ({ context, event }) =>
      event.type === 'library.open' && context.unsaved[event.id] !== undefined,
    hasDeleted: ({ context }) => context.deleted !== null,
    isFlushing: ({ context }) => context.flushing && nextToSave(context) !== null,
  },
  actions: {
    /** The saved version leaves the queue; an edit made meanwhile waits its turn. */
    markSaved: enqueueActions(({ context, event, enqueue }) => {
      const map = context.inFlight;
      const output = (event as { output?: SaveResult }).output;
      if (map === null || output === undefined || !output.ok) return;
      const { [map.id]: waiting, ...rest } = context.unsaved;
      enqueue.assign({
        unsaved: waiting === map ? rest : context.unsaved,
        revisions: { ...context.revisions, [map.id]: output.revision },
        maps: withSummary(context.maps, summaryOf({ map, revision: output.revision })),
        problem: null,
        inFlight: null,
      });
      enqueue(() => context.channel.post({ type: 'saved', id: map.id, revision: output.revision }));
    }),
    openFromMemory: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'library.open') return;
      const map = context.unsaved[event.id];
      if (map !== undefined) enqueue.sendParent({ type: 'maps.opened', map });
    }),
    /** Opens the map once storage is free (or, before the first listing, once it has been read). */
    askOpen: assign(({ event }) =>
      event.type === 'library.open' ? { pendingOpen: event.id } : {},
    ),
    keep: assign(({ context, event }) =>
      event.type === 'library.changed'
        ? { unsaved: { ...context.unsaved, [event.map.id]: event.map } }
        : {},
    ),
    /** The map comes back as it was, as a new save (its stored revision is gone with it). */
    restoreDeleted: assign(({ context }) =>
      context.deleted === null
        ? {}
        : { unsaved: { ...context.unsaved, [context.deleted.id]: context.deleted }, deleted: null },
    ),
    queue: assign(({ context, event }) => ({
      queued: [...context.queued, event as QueuedRequest],
    })),
    takeQueued: enqueueActions(({ context, enqueue }) => {
      const [first, ...rest] = context.queued;
      if (first === undefined) return;
      enqueue.assign({ queued: rest });
      enqueue.raise(first);
    }),
    hearNewer: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'library.newer') return;
      const heard = heardNewer(context, event.stored);
      if (heard === null) return;
      enqueue.assign(heard.changes);
      if (heard.follow) enqueue.sendParent({ type: 'maps.newer', map: event.stored.map });
    }),
    hearGone: assign(({ context, event }) =>
      event.type === 'library.gone' ? heardGone(context, event.id) : {},
    ),
    keepCopy: assign(({ context, event }) =>
      event.type === 'library.keepCopy' ? keptAsCopy(context, event) : {},
    ),
    useNewer: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'library.useNewer') return;
      const newer = context.conflicts[event.id];
      if (newer === undefined) return;
      enqueue.assign(tookNewer(context, event.id));
      enqueue.sendParent({ type: 'maps.newer', map: newer.map });
    }),
  },
}).createMachine({
  id: 'library',
  context: ({ input }) => ({
    store: input.store,
    channel: input.channel ?? noMapChannel,
    maps: [],
    setAside: [],
    revisions: {},
    unsaved: {},
    conflicts: {},
    problem: null,
    deleted: null,
    inFlight: null,
    missing: null,
    pendingOpen: null,
    queued: [],
    flushing: false,
    versions: null,
    estimate: null,
    persistAsked: false,
  }),
  initial: 'listing',
  on: {
    'library.changed': { actions: 'keep' },
    'library.open': [{ guard: 'isInMemory', actions: 'openFromMemory' }, { actions: 'askOpen' }],
  },
  states: {
    listing: {
      invoke: {
        src: 'list',
        input: ({ context }) => ({ store: context.store }),
        onDone: {
          target: 'ready',
          actions: assign(({ context, event }) => ({
            maps: [...event.output.maps].sort(newestFirst),
            setAside: event.output.setAside,
            revisions: {
              ...Object.fromEntries(event.output.maps.map((m) => [m.id, m.revision])),
              ...context.revisions,
            },
          })),
        },
        onError: {
          target: 'unavailable',
          actions: assign(({ event }) => ({
            problem:
              event.error instanceof StorageUnavailableError
                ? `${REFUSED} ${NOT_SAVING}`
                : NOT_SAVING,
          })),
        },
      },
    },
    /** Storage refused: everything stays in memory; the screen says so. */
    unavailable: {
      on: {
        'library.open': [
          { guard: 'isInMemory', actions: 'openFromMemory' },
          {
            actions: [
              assign({ missing: ({ event }) => event.id }),
              sendParent(({ event }): LibraryNews => ({ type: 'maps.missing', id: event.id })),
            ],
          },
        ],
      },
    },
    ready: {
      initial: 'measuring',
      invoke: {
        src: 'hearOtherTabs',
        input: ({ context }) => ({ store: context.store, channel: context.channel }),
      },
      // Storage is busy: requests wait their turn (`checking` takes them), never cutting a save short.
      on: {
        'library.delete': { actions: 'queue' },
        'library.rename': { actions: 'queue' },
        'library.versions': { actions: 'queue' },
        'library.duplicate': { actions: 'queue' },
        'library.refresh': { actions: 'queue' },
        'library.open': [
          { guard: 'isInMemory', actions: 'openFromMemory' },
          { actions: 'askOpen' },
        ],
        'library.undoDelete': { guard: 'hasDeleted', actions: 'restoreDeleted' },
        'library.keepCopy': { actions: 'keepCopy' },
        'library.flush': { actions: assign({ flushing: true }) },
        'library.useNewer': { actions: 'useNewer' },
        'library.newer': { actions: 'hearNewer' },
        'library.gone': { actions: 'hearGone' },
      },
      states: {
        /** How much room the maps take, and whether the browser promised to keep them. */
        measuring: {
          invoke: {
            src: 'estimate',
            input: ({ context }) => ({ store: context.store, persist: false }),
            onDone: {
              target: 'checking',
              actions: assign({ estimate: ({ event }) => event.output }),
            },
            onError: { target: 'checking' },
          },
        },
        /** After the first real save: ask the browser to keep the maps even when space runs low. */
        asking: {
          entry: assign({ persistAsked: true }),
          invoke: {
            src: 'estimate',
            input: ({ context }) => ({ store: context.store, persist: true }),
            onDone: {
              target: 'checking',
              actions: assign({ estimate: ({ event }) => event.output }),
            },
            onError: { target: 'checking' },
          },
        },
        checking: {
          always: [
            { guard: 'hasQueued', target: 'idle', actions: 'takeQueued' },
            { guard: 'hasPendingOpen', target: 'opening' },
            // A flush saves every waiting map, one after another, with no pause between them.
            { guard: 'isFlushing', target: 'saving' },
            { guard: 'hasUnsaved', target: 'waiting', actions: assign({ flushing: false }) },
            { target: 'idle', actions: assign({ flushing: false }) },
          ],
        },
        idle: {
          on: { ...whenFree, 'library.changed': { target: 'waiting', actions: 'keep' } },
        },
        waiting: {
          after: {
            [AUTOSAVE_MS]: [{ guard: 'hasUnsaved', target: 'saving' }, { target: 'checking' }],
          },
          on: {
            ...whenFree,
            'library.changed': { target: 'waiting', reenter: true, actions: 'keep' },
            'library.flush': { target: 'checking', actions: assign({ flushing: true }) },
          },
        },
        saving: {
          entry: assign(({ context }) => ({ inFlight: nextToSave(context) })),
          invoke: {
            src: 'save',
            input: ({ context }) => ({
              store: context.store,
              map: context.inFlight!,
              base: context.revisions[context.inFlight!.id] ?? null,
            }),
            onDone: [
              {
                guard: ({ event }) => !event.output.ok && event.output.reason === 'conflict',
                target: 'checking',
                actions: assign(({ context, event }) =>
                  event.output.ok || event.output.reason !== 'conflict'
                    ? {}
                    : savedElsewhere(context, event.output.current),
                ),
              },
              {
                guard: ({ event }) => !event.output.ok,
                target: 'failed',
                actions: assign(({ event }) => ({
                  problem: event.output.ok ? null : messageOf(event.output),
                  inFlight: null,
                })),
              },
              {
                guard: ({ context }) => !context.persistAsked,
                target: 'asking',
                actions: 'markSaved',
              },
              { target: 'checking', actions: 'markSaved' },
            ],
            onError: {
              target: 'failed',
              actions: assign({ problem: NOT_SAVING, inFlight: null }),
            },
          },
        },
        /** The last save failed: the next edit or flush tries again, rather than a loop of retries. */
        failed: {
          on: {
            ...whenFree,
            'library.changed': { target: 'waiting', actions: 'keep' },
            'library.flush': { target: 'checking', actions: assign({ flushing: true }) },
          },
        },
        opening: {
          invoke: {
            src: 'load',
            input: ({ context }) => ({ store: context.store, id: context.pendingOpen ?? '' }),
            onDone: {
              target: 'checking',
              actions: [
                assign(({ context, event }) => {
                  const { stored } = event.output;
                  return stored === null
                    ? { missing: event.output.id, pendingOpen: null }
                    : {
                        missing: null,
                        pendingOpen: null,
                        revisions: { ...context.revisions, [stored.map.id]: stored.revision },
                      };
                }),
                sendParent(({ event }): LibraryNews =>
                  event.output.stored === null
                    ? { type: 'maps.missing', id: event.output.id }
                    : { type: 'maps.opened', map: event.output.stored.map },
                ),
              ],
            },
            onError: {
              target: 'checking',
              actions: assign({ problem: NOT_SAVING, pendingOpen: null }),
            },
          },
        },
        readingVersions: {
          invoke: {
            src: 'versions',
            input: ({ context, event }) => ({
              store: context.store,
              id: event.type === 'library.versions' ? event.id : '',
            }),
            onDone: {
              target: 'checking',
              actions: assign({ versions: ({ event }) => event.output }),
            },
            onError: { target: 'checking' },
          },
        },
        rewriting: {
          invoke: {
            src: 'rewrite',
            input: ({ context, event }) => ({ store: context.store, ...rewriteOf(event) }),
            onDone: {
              target: 'checking',
              actions: enqueueActions(({ context, event, enqueue }) => {
                if (event.output === null) return;
                const { map, result } = event.output;
                if (!result.ok) return enqueue.assign({ problem: messageOf(result) });
                enqueue.assign({
                  revisions: { ...context.revisions, [map.id]: result.revision },
                  maps: withSummary(context.maps, summaryOf({ map, revision: result.revision })),
                  problem: null,
                });
                enqueue(() =>
                  context.channel.post({ type: 'saved', id: map.id, revision: result.revision }),
                );
              }),
            },
            onError: { target: 'checking', actions: assign({ problem: NOT_SAVING }) },
          },
        },
        deleting: {
          invoke: {
            src: 'remove',
            input: ({ context, event }) => ({
              store: context.store,
              id: event.type === 'library.delete' ? event.id : '',
            }),
            onDone: {
              target: 'checking',
              actions: enqueueActions(({ context, event, enqueue }) => {
                const stored = event.output;
                if (stored === null) return;
                const { id } = stored.map;
                const { [id]: _unsaved, ...unsaved } = context.unsaved;
                const { [id]: _revision, ...revisions } = context.revisions;
                enqueue.assign({
                  deleted: stored.map,
                  unsaved,
                  revisions,
                  maps: context.maps.filter((m) => m.id !== id),
                });
                enqueue(() => context.channel.post({ type: 'removed', id }));
              }),
            },
            onError: { target: 'checking', actions: assign({ problem: NOT_SAVING }) },
          },
        },
      },
    },
  },
});

/** What a rename or a duplicate reads, and how it changes the stored map. */
function rewriteOf(event: LibraryEvent) {
  if (event.type === 'library.rename')
    return {
      id: event.id,
      inPlace: true,
      change: (map: CycleMap) => ({ ...map, title: event.title, updated: event.now }),
    };
  const copy = event.type === 'library.duplicate' ? event : null;
  return {
    id: copy?.id ?? '',
    inPlace: false,
    change: (map: CycleMap) =>
      copy === null
        ? map
        : { ...map, id: copy.newId, title: copy.title, created: copy.now, updated: copy.now },
  };
}
