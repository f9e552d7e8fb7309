/**
 * The library: the person's own maps on this device. It lists them once storage has opened, saves
 * each edit within half a second (and at once when the page is hidden), checks every save, and
 * keeps a deleted map for undo. When storage is refused or full it says so — the work stays in
 * memory and can still be downloaded. Nothing is written before the first listing has finished.
 */
import { assign, enqueueActions, sendParent, setup } from 'xstate';
import { libraryActors } from './libraryActors';
import type { CycleMap } from '../core';
import {
  StorageUnavailableError,
  type MapStore,
  type MapVersion,
  type SaveResult,
  type SetAsideRecord,
  type StorageEstimate,
  type StoredMapSummary,
} from './mapStore';

/** How long after the last edit a save starts: soon enough to lose nothing, late enough to batch keystrokes. */
export const AUTOSAVE_MS = 500;

export interface LibraryContext {
  readonly store: MapStore;
  readonly maps: readonly StoredMapSummary[];
  readonly setAside: readonly SetAsideRecord[];
  /** The stored revision each map's next save is based on. */
  readonly revisions: Readonly<Record<string, number>>;
  /** Maps changed here and not yet saved, by id: the newest version of each. */
  readonly unsaved: Readonly<Record<string, CycleMap>>;
  /** Why the maps are not being saved on this device, while that is so. */
  readonly problem: string | null;
  /** A map just deleted, for "Undo". */
  readonly deleted: CycleMap | null;
  /** The version of a map being saved right now. */
  readonly inFlight: CycleMap | null;
  /** A map asked for (by its address) that is not on this device. */
  readonly missing: string | null;
  /** A map asked for before storage had been read: opened once it has. */
  readonly pendingOpen: string | null;
  /** The earlier versions of one map, once asked for. */
  readonly versions: { readonly id: string; readonly list: readonly MapVersion[] } | null;
  readonly estimate: StorageEstimate | null;
  readonly persistAsked: boolean;
}

export type LibraryEvent =
  /** A map was edited (or created) here: save it soon. */
  | { readonly type: 'library.changed'; readonly map: CycleMap }
  /** Save whatever is waiting now (the page is being hidden or left). */
  | { readonly type: 'library.flush' }
  | { readonly type: 'library.open'; readonly id: string }
  | { readonly type: 'library.delete'; readonly id: string }
  | { readonly type: 'library.undoDelete' }
  /** Read the earlier versions of a map, for "Earlier versions". */
  | { readonly type: 'library.versions'; readonly id: string }
  /** A new title for a stored map (not the one open: that is an edit). */
  | {
      readonly type: 'library.rename';
      readonly id: string;
      readonly title: string;
      readonly now: string;
    }
  /** A copy of a stored map under a new id. */
  | {
      readonly type: 'library.duplicate';
      readonly id: string;
      readonly newId: string;
      readonly title: string;
      readonly now: string;
    }
  | { readonly type: 'library.refresh' };

/** Told to the studio when a stored map has been read, or was not there. */
export type LibraryNews =
  | { readonly type: 'maps.opened'; readonly map: CycleMap }
  | { readonly type: 'maps.missing'; readonly id: string };

export const NOT_SAVING =
  'Your maps are not being saved on this device. What you type is kept while this page is open; use “Download map” to keep a copy.';

function summaryOf(map: CycleMap, revision: number): StoredMapSummary {
  return {
    id: map.id,
    title: map.title,
    names: [map.partners[0].name, map.partners[1].name],
    updated: map.updated,
    revision,
  };
}

const newestFirst = (maps: readonly StoredMapSummary[]) =>
  [...maps].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));

function withSummary(maps: readonly StoredMapSummary[], summary: StoredMapSummary) {
  return newestFirst([...maps.filter((m) => m.id !== summary.id), summary]);
}

function messageOf(result: Extract<SaveResult, { ok: false }>): string {
  if (result.reason === 'conflict')
    return 'This map was changed in another tab or window, so this one did not save over it. Reload to see the newer version; download this one first to keep it.';
  return `${result.message} ${NOT_SAVING}`;
}

export const libraryMachine = setup({
  types: {
    context: {} as LibraryContext,
    events: {} as LibraryEvent,
    input: {} as { readonly store: MapStore },
  },
  actors: libraryActors,
  guards: {
    hasUnsaved: ({ context }) => Object.keys(context.unsaved).length > 0,
    hasPendingOpen: ({ context }) => context.pendingOpen !== null,
    /** The map asked for was changed here and not yet saved: its newest version is in memory. */
    isInMemory: ({ context, event }) =>
      event.type === 'library.open' && context.unsaved[event.id] !== undefined,
    hasDeleted: ({ context }) => context.deleted !== null,
  },
  actions: {
    /** The saved version leaves the queue; an edit made meanwhile waits its turn. */
    markSaved: assign(({ context, event }) => {
      const map = context.inFlight;
      const output = (event as { output?: SaveResult }).output;
      if (map === null || output === undefined || !output.ok) return {};
      const { [map.id]: waiting, ...rest } = context.unsaved;
      return {
        unsaved: waiting === map ? rest : context.unsaved,
        revisions: { ...context.revisions, [map.id]: output.revision },
        maps: withSummary(context.maps, summaryOf(map, output.revision)),
        problem: null,
        inFlight: null,
      };
    }),
    openFromMemory: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'library.open') return;
      const map = context.unsaved[event.id];
      if (map !== undefined) enqueue.sendParent({ type: 'maps.opened', map });
    }),
    keep: assign(({ context, event }) =>
      event.type === 'library.changed'
        ? { unsaved: { ...context.unsaved, [event.map.id]: event.map } }
        : {},
    ),
  },
}).createMachine({
  id: 'library',
  context: ({ input }) => ({
    store: input.store,
    maps: [],
    setAside: [],
    revisions: {},
    unsaved: {},
    problem: null,
    deleted: null,
    inFlight: null,
    missing: null,
    pendingOpen: null,
    versions: null,
    estimate: null,
    persistAsked: false,
  }),
  initial: 'listing',
  on: {
    'library.changed': { actions: 'keep' },
    'library.open': [
      { guard: 'isInMemory', actions: 'openFromMemory' },
      { actions: assign({ pendingOpen: ({ event }) => event.id }) },
    ],
  },
  states: {
    listing: {
      invoke: {
        src: 'list',
        input: ({ context }) => ({ store: context.store }),
        onDone: {
          target: 'ready',
          actions: assign(({ context, event }) => ({
            maps: newestFirst(event.output.maps),
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
                ? `${event.error.message} ${NOT_SAVING}`
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
      on: {
        'library.refresh': { target: 'listing' },
        'library.open': [
          { guard: 'isInMemory', actions: 'openFromMemory' },
          { target: '.opening', actions: assign({ pendingOpen: ({ event }) => event.id }) },
        ],
        'library.delete': { target: '.deleting' },
        'library.rename': { target: '.rewriting' },
        'library.versions': { target: '.readingVersions' },
        'library.duplicate': { target: '.rewriting' },
        // The map comes back as it was, as a new save (its stored revision is gone with it).
        'library.undoDelete': {
          guard: 'hasDeleted',
          target: '.waiting',
          actions: assign(({ context }) => ({
            unsaved: { ...context.unsaved, [context.deleted!.id]: context.deleted! },
            deleted: null,
          })),
        },
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
          on: { 'library.changed': { actions: 'keep' } },
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
          on: { 'library.changed': { actions: 'keep' } },
        },
        checking: {
          always: [
            { guard: 'hasPendingOpen', target: 'opening' },
            { guard: 'hasUnsaved', target: 'waiting' },
            { target: 'idle' },
          ],
        },
        idle: {
          on: { 'library.changed': { target: 'waiting', actions: 'keep' } },
        },
        waiting: {
          after: { [AUTOSAVE_MS]: { target: 'saving' } },
          on: {
            'library.changed': { target: 'waiting', reenter: true, actions: 'keep' },
            'library.flush': { target: 'saving' },
          },
        },
        saving: {
          entry: assign(({ context }) => ({ inFlight: Object.values(context.unsaved)[0] ?? null })),
          invoke: {
            src: 'save',
            input: ({ context }) => ({
              store: context.store,
              map: context.inFlight!,
              base: context.revisions[context.inFlight!.id] ?? null,
            }),
            onDone: [
              {
                guard: ({ event }) => !event.output.ok,
                target: 'failed',
                actions: assign(({ event }) => ({
                  problem: event.output.ok ? null : messageOf(event.output),
                })),
              },
              {
                guard: ({ context }) => !context.persistAsked,
                target: 'asking',
                actions: 'markSaved',
              },
              { target: 'checking', actions: 'markSaved' },
            ],
            onError: { target: 'failed', actions: assign({ problem: NOT_SAVING }) },
          },
          on: { 'library.changed': { actions: 'keep' } },
        },
        /** The last save failed: the next edit or flush tries again, rather than a loop of retries. */
        failed: {
          on: {
            'library.changed': { target: 'waiting', actions: 'keep' },
            'library.flush': { target: 'saving' },
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
            input: ({ context, event }) => {
              if (event.type === 'library.rename')
                return {
                  store: context.store,
                  id: event.id,
                  inPlace: true,
                  change: (map: CycleMap) => ({ ...map, title: event.title, updated: event.now }),
                };
              const copy = event.type === 'library.duplicate' ? event : null;
              return {
                store: context.store,
                id: copy?.id ?? '',
                inPlace: false,
                change: (map: CycleMap) =>
                  copy === null
                    ? map
                    : {
                        ...map,
                        id: copy.newId,
                        title: copy.title,
                        created: copy.now,
                        updated: copy.now,
                      },
              };
            },
            onDone: {
              target: 'checking',
              actions: assign(({ context, event }) => {
                if (event.output === null) return {};
                const { map, result } = event.output;
                if (!result.ok) return { problem: messageOf(result) };
                return {
                  revisions: { ...context.revisions, [map.id]: result.revision },
                  maps: withSummary(context.maps, summaryOf(map, result.revision)),
                  problem: null,
                };
              }),
            },
            onError: { target: 'checking', actions: assign({ problem: NOT_SAVING }) },
          },
          on: { 'library.changed': { actions: 'keep' } },
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
              actions: assign(({ context, event }) => {
                const stored = event.output;
                if (stored === null) return {};
                const { [stored.map.id]: _unsaved, ...unsaved } = context.unsaved;
                const { [stored.map.id]: _revision, ...revisions } = context.revisions;
                return {
                  deleted: stored.map,
                  unsaved,
                  revisions,
                  maps: context.maps.filter((m) => m.id !== stored.map.id),
                };
              }),
            },
            onError: { target: 'checking', actions: assign({ problem: NOT_SAVING }) },
          },
        },
      },
    },
  },
});
