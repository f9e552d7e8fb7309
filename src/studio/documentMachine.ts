/**
 * The document: the cycle map being viewed or edited. Loading replaces it; each edit is applied
 * by core's `applyEdit` and kept for undo — keystrokes in one field make one step. Undo history
 * is kept per map for the session, so it survives switching views and maps. Every change is told
 * to the studio, which hands the map to playback (the live preview) and to the library (autosave).
 */
import { assign, sendParent, setup } from 'xstate';
import { applyEdit, editField, type CycleMap, type MapEdit, type ParseWarning } from '../core';

/** Where the map came from: a built-in teaching map, a file, or the person's own library. */
export type MapSource = 'builtIn' | 'file' | 'library';

/** Steps of undo kept per map: far more than anyone undoes, small next to the maps themselves. */
const UNDO_LIMIT = 200;

interface History {
  readonly past: readonly CycleMap[];
  readonly future: readonly CycleMap[];
  /** The field the last edit changed; the next edit of it joins the same step. */
  readonly openField: string | null;
}

const EMPTY_HISTORY: History = { past: [], future: [], openField: null };

export interface DocumentContext {
  readonly map: CycleMap | null;
  readonly source: MapSource | null;
  /** What was noticed while opening it (e.g. an upgrade from an older version). */
  readonly warnings: readonly ParseWarning[];
  /** Undo history by map id, for the whole session. */
  readonly histories: Readonly<Record<string, History>>;
  /** Whether the map may be edited (a built-in teaching map is not: "Edit a copy" makes one). */
  readonly editable: boolean;
  readonly now: () => string;
}

export type DocumentEvent =
  | {
      readonly type: 'document.load';
      readonly map: CycleMap;
      readonly source: MapSource;
      readonly warnings?: readonly ParseWarning[];
    }
  | { readonly type: 'document.close' }
  | { readonly type: 'document.edit'; readonly edit: MapEdit }
  /** The person left a field: their next edit, even of the same field, is a new step of undo. */
  | { readonly type: 'document.endEdit' }
  | { readonly type: 'document.undo' }
  | { readonly type: 'document.redo' }
  /**
   * A newer version of a map saved in another tab: shown if that map is open. Its undo history
   * here starts again, so undo never quietly brings back what the other tab replaced.
   */
  | { readonly type: 'document.follow'; readonly map: CycleMap };

/** Told to the studio when the map changes, or when no map is open any more. */
export type DocumentChanged =
  | { readonly type: 'document.changed'; readonly map: CycleMap; readonly edited: boolean }
  | { readonly type: 'document.closed' };

export interface DocumentInput {
  /** The clock for `updated` times (an ISO 8601 string); the real one unless a test passes one. */
  readonly now?: () => string;
}

const historyOf = (context: DocumentContext): History =>
  (context.map !== null ? context.histories[context.map.id] : undefined) ?? EMPTY_HISTORY;

const withHistory = (context: DocumentContext, map: CycleMap, history: History) => ({
  map,
  histories: { ...context.histories, [map.id]: history },
});

export const documentMachine = setup({
  types: {
    context: {} as DocumentContext,
    events: {} as DocumentEvent,
    // Optional fields only: the context factory below names the input's type.
    input: {},
  },
  guards: {
    canUndo: ({ context }) => context.editable && historyOf(context).past.length > 0,
    canRedo: ({ context }) => context.editable && historyOf(context).future.length > 0,
    isEditable: ({ context }) => context.editable,
    isOpenMap: ({ context, event }) =>
      event.type === 'document.follow' && context.map?.id === event.map.id,
  },
  actions: {
    replace: assign(({ event }) =>
      event.type === 'document.load'
        ? {
            map: event.map,
            source: event.source,
            warnings: event.warnings ?? [],
            editable: event.source === 'library',
          }
        : {},
    ),
    follow: assign(({ context, event }) =>
      event.type === 'document.follow' ? withHistory(context, event.map, EMPTY_HISTORY) : {},
    ),
    clear: assign({ map: null, source: null, warnings: [], editable: false }),
    edit: assign(({ context, event }) => {
      if (event.type !== 'document.edit' || context.map === null) return {};
      const next = applyEdit(context.map, event.edit, context.now());
      if (next === context.map) return {};
      const history = historyOf(context);
      const field = editField(event.edit);
      const sameStep = history.openField === field && history.past.length > 0;
      const past = sameStep ? history.past : [...history.past, context.map].slice(-UNDO_LIMIT);
      return withHistory(context, next, { past, future: [], openField: field });
    }),
    endEdit: assign(({ context }) =>
      context.map === null
        ? {}
        : withHistory(context, context.map, { ...historyOf(context), openField: null }),
    ),
    undo: assign(({ context }) => {
      const { past, future } = historyOf(context);
      const previous = past.at(-1);
      if (context.map === null || previous === undefined) return {};
      return withHistory(context, previous, {
        past: past.slice(0, -1),
        future: [context.map, ...future],
        openField: null,
      });
    }),
    redo: assign(({ context }) => {
      const { past, future } = historyOf(context);
      const next = future[0];
      if (context.map === null || next === undefined) return {};
      return withHistory(context, next, {
        past: [...past, context.map],
        future: future.slice(1),
        openField: null,
      });
    }),
    tellLoaded: sendParent(({ context }): DocumentChanged =>
      context.map === null
        ? { type: 'document.closed' }
        : { type: 'document.changed', map: context.map, edited: false },
    ),
    tellEdited: sendParent(({ context }): DocumentChanged =>
      context.map === null
        ? { type: 'document.closed' }
        : { type: 'document.changed', map: context.map, edited: true },
    ),
  },
}).createMachine({
  id: 'document',
  context: ({ input }: { input: DocumentInput }) => ({
    map: null,
    source: null,
    warnings: [],
    histories: {},
    editable: false,
    now: input.now ?? (() => new Date().toISOString()),
  }),
  initial: 'empty',
  states: {
    empty: {
      on: { 'document.load': { target: 'open', actions: ['replace', 'tellLoaded'] } },
    },
    open: {
      on: {
        'document.load': { target: 'open', actions: ['replace', 'tellLoaded'] },
        'document.close': { target: 'empty', actions: ['clear', 'tellLoaded'] },
        'document.edit': { guard: 'isEditable', actions: ['edit', 'tellEdited'] },
        'document.endEdit': { actions: 'endEdit' },
        'document.undo': { guard: 'canUndo', actions: ['undo', 'tellEdited'] },
        'document.redo': { guard: 'canRedo', actions: ['redo', 'tellEdited'] },
        'document.follow': { guard: 'isOpenMap', actions: ['follow', 'tellLoaded'] },
      },
    },
  },
});
