/**
 * The document: the cycle map being viewed (the editor will edit it here, with undo). Loading a
 * map replaces the one before and tells the studio, which hands it to playback and analysis.
 */
import { assign, sendParent, setup } from 'xstate';
import type { CycleMap, ParseWarning } from '../core';

/** Where the map came from: shown to the person (a built-in teaching map, or their own file). */
export type MapSource = 'builtIn' | 'file';

export interface DocumentContext {
  readonly map: CycleMap | null;
  readonly source: MapSource | null;
  /** What was noticed while opening it (e.g. an upgrade from an older version). */
  readonly warnings: readonly ParseWarning[];
}

export type DocumentEvent =
  | {
      readonly type: 'document.load';
      readonly map: CycleMap;
      readonly source: MapSource;
      readonly warnings?: readonly ParseWarning[];
    }
  | { readonly type: 'document.close' };

/** Told to the studio when the map changes, or when no map is open any more. */
export type DocumentChanged =
  | { readonly type: 'document.changed'; readonly map: CycleMap }
  | { readonly type: 'document.closed' };

export const documentMachine = setup({
  types: {
    context: {} as DocumentContext,
    events: {} as DocumentEvent,
  },
  actions: {
    replace: assign(({ event }) =>
      event.type === 'document.load'
        ? { map: event.map, source: event.source, warnings: event.warnings ?? [] }
        : {},
    ),
    clear: assign({ map: null, source: null, warnings: [] }),
    tellChanged: sendParent(({ context }): DocumentChanged =>
      context.map === null
        ? { type: 'document.closed' }
        : { type: 'document.changed', map: context.map },
    ),
  },
}).createMachine({
  id: 'document',
  context: { map: null, source: null, warnings: [] },
  initial: 'empty',
  states: {
    empty: {
      on: { 'document.load': { target: 'open', actions: ['replace', 'tellChanged'] } },
    },
    open: {
      on: {
        'document.load': { target: 'open', actions: ['replace', 'tellChanged'] },
        'document.close': { target: 'empty', actions: ['clear', 'tellChanged'] },
      },
    },
  },
});
