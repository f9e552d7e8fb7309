/**
 * The library's context and the pure changes made to it: what is listed, what waits to be saved,
 * and what another tab changed. The machine (`libraryMachine.ts`) decides when; these say what.
 */
import type { CycleMap } from '../core';
import type { MapChannel } from './mapChannel';
import { newestFirst, summaryOf } from './memoryMapStore';
import type {
  MapStore,
  MapVersion,
  SaveResult,
  SetAsideRecord,
  StorageEstimate,
  StoredMap,
  StoredMapSummary,
} from './mapStore';

export interface LibraryContext {
  readonly store: MapStore;
  readonly channel: MapChannel;
  readonly maps: readonly StoredMapSummary[];
  readonly setAside: readonly SetAsideRecord[];
  /** The stored revision each map's next save is based on. */
  readonly revisions: Readonly<Record<string, number>>;
  /** Maps changed here and not yet saved, by id: the newest version of each. */
  readonly unsaved: Readonly<Record<string, CycleMap>>;
  /**
   * Maps changed here while another tab saved a newer version, by id: that newer version. Their
   * edits here are kept (in `unsaved`) and not saved until the person chooses what to keep.
   */
  readonly conflicts: Readonly<Record<string, StoredMap>>;
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
  /** Asked to save everything now (the page is being hidden): every waiting map is saved without pause. */
  readonly flushing: boolean;
  /** Requests that came while storage was busy, taken in order once it is free. */
  readonly queued: readonly QueuedRequest[];
  /** The earlier versions of one map, once asked for. */
  readonly versions: { readonly id: string; readonly list: readonly MapVersion[] } | null;
  readonly estimate: StorageEstimate | null;
  readonly persistAsked: boolean;
}

/** A request that needs the store to itself (so it never cuts a save short). */
export type QueuedRequest =
  | { readonly type: 'library.delete'; readonly id: string }
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

export const NOT_SAVING =
  'Your maps are not being saved on this device. What you type is kept while this page is open; use “Download map” or “Download all maps” to keep a copy.';

/** Why nothing can be listed or saved, when the browser refuses storage altogether. */
export const REFUSED =
  'This browser is not letting Cyclemap keep maps here (a private window or strict settings can do that).';

/** The list with `summary` in place of any older one of the same map, newest first. */
export function withSummary(maps: readonly StoredMapSummary[], summary: StoredMapSummary) {
  return [...maps.filter((m) => m.id !== summary.id), summary].sort(newestFirst);
}

export function messageOf(result: Extract<SaveResult, { ok: false; reason: string }>): string {
  if (result.reason === 'conflict')
    return 'This map was changed in another tab or window, so this one did not save over it.';
  return `${result.message} ${NOT_SAVING}`;
}

/** The next map to save: the first waiting one that is not held back by a conflict. */
export function nextToSave(context: LibraryContext): CycleMap | null {
  for (const [id, map] of Object.entries(context.unsaved)) {
    if (context.conflicts[id] === undefined) return map;
  }
  return null;
}

const without = <T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> => {
  const rest = { ...record };
  delete rest[id];
  return rest;
};

/**
 * Another tab saved `stored`. A map not being edited here follows it (`follow`); a map with edits
 * here not yet saved becomes a conflict, its edits kept. Returns null when it is nothing new.
 */
export function heardNewer(
  context: LibraryContext,
  stored: StoredMap,
): { changes: Partial<LibraryContext>; follow: boolean } | null {
  const { id } = stored.map;
  const known = context.revisions[id];
  if (known !== undefined && known >= stored.revision) return null;
  const maps = withSummary(context.maps, summaryOf(stored));
  if (context.unsaved[id] !== undefined)
    return { changes: { maps, conflicts: { ...context.conflicts, [id]: stored } }, follow: false };
  return {
    changes: { maps, revisions: { ...context.revisions, [id]: stored.revision } },
    follow: true,
  };
}

/** Another tab deleted map `id`: it leaves the list; edits here not yet saved will save it anew. */
export function heardGone(context: LibraryContext, id: string): Partial<LibraryContext> {
  return {
    maps: context.maps.filter((m) => m.id !== id),
    revisions: without(context.revisions, id),
    conflicts: without(context.conflicts, id),
  };
}

/** A save refused because another tab saved first: the edits here wait for the person's choice. */
export function savedElsewhere(context: LibraryContext, current: StoredMap) {
  const { id } = current.map;
  return {
    inFlight: null,
    conflicts: { ...context.conflicts, [id]: current },
    maps: withSummary(context.maps, summaryOf(current)),
  };
}

/** The person keeps this tab's edits of map `id` as a new map `newId`; the original stays as the other tab left it. */
export function keptAsCopy(
  context: LibraryContext,
  request: { id: string; newId: string; title: string; now: string },
): Partial<LibraryContext> {
  const newer = context.conflicts[request.id];
  const mine = context.unsaved[request.id];
  if (newer === undefined || mine === undefined) return {};
  const copy: CycleMap = {
    ...mine,
    id: request.newId,
    title: request.title,
    created: request.now,
    updated: request.now,
  };
  return {
    unsaved: { ...without(context.unsaved, request.id), [copy.id]: copy },
    conflicts: without(context.conflicts, request.id),
    revisions: { ...context.revisions, [request.id]: newer.revision },
  };
}

/** The person lets this tab's edits of map `id` go and takes the other tab's version. */
export function tookNewer(context: LibraryContext, id: string): Partial<LibraryContext> {
  const newer = context.conflicts[id];
  if (newer === undefined) return {};
  return {
    unsaved: without(context.unsaved, id),
    conflicts: without(context.conflicts, id),
    revisions: { ...context.revisions, [id]: newer.revision },
  };
}
