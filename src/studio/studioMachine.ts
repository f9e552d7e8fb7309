/**
 * The studio's root actor: one actor system with three children — the document, playback and the
 * analysis. Screens send it named events; it hands each to the child it belongs to, and carries
 * the news between them (a new map goes to playback; a new dance to the analysis).
 */
import {
  assign,
  cancel,
  enqueueActions,
  fromPromise,
  sendTo,
  setup,
  type ActorRefFrom,
} from 'xstate';
import type { CycleMap } from '../core';
import { analysisMachine, type AnalysisEvent } from './analysisMachine';
import { isDanceEngineLoaded, loadDanceEngine } from './danceEngine';
import type { AnalysisRunner } from './analysisRunner';
import { documentMachine, type DocumentChanged, type DocumentEvent } from './documentMachine';
import { libraryMachine, type LibraryEvent, type LibraryNews } from './libraryMachine';
import type { MapChannel } from './mapChannel';
import type { MapStore } from './mapStore';
import { nextTask } from './nextTask';
import { playbackMachine, type DanceChanged, type PlaybackEvent } from './playbackMachine';
import type { PreferenceStore } from './preferences';

/** What the studio needs from its surroundings, injected so Node tests can pass fakes. */
export interface StudioDeps {
  /** Runs the repair-window analysis: a Web Worker in the browser, a fake in tests. */
  readonly analysis: AnalysisRunner;
  /** The analysis's Monte Carlo runs per cell (1,000 unless given). */
  readonly analysisRuns?: number;
  /** Keeps playback preferences between visits; nothing is kept unless given. */
  readonly preferences?: PreferenceStore;
  /** The clock for maps' `updated` times; the real one unless a test passes one. */
  readonly now?: () => string;
  /** Where the person's own maps are kept; in memory only unless given (`createStudio`). */
  readonly maps?: MapStore;
  /** How this tab hears of saves made in other tabs (a BroadcastChannel); no one else unless given. */
  readonly channel?: MapChannel;
}

/** Everything a screen can ask of the studio. */
export type StudioEvent =
  | DocumentEvent
  | PlaybackEvent
  | Extract<AnalysisEvent, { type: 'analysis.prepare' | 'analysis.enable' | 'analysis.disable' }>
  | Exclude<LibraryEvent, { type: 'library.changed' | 'library.newer' | 'library.gone' }>
  | CreateMap;

/** A new map in the library (a blank one, a copy, an import): saved, and opened if asked. */
export interface CreateMap {
  readonly type: 'maps.create';
  readonly map: CycleMap;
  readonly open: boolean;
}

/** How long after an edit the live preview replays the dance (well inside its 100 ms budget). */
export const PREVIEW_DELAY_MS = 60;
const PREVIEW_ID = 'preview';

/** The first map to play and the setting it will be played with, to build its dance ahead. */
interface FirstDance {
  readonly map: CycleMap;
  readonly seed: number;
  readonly therapistPresent: boolean;
}

type ChildNews = DocumentChanged | DanceChanged | { readonly type: 'dance.none' } | LibraryNews;

export const studioMachine = setup({
  types: {
    input: {} as StudioDeps & { readonly maps: MapStore },
    context: {} as {
      readonly deps: StudioDeps & { readonly maps: MapStore };
      /** The map to play once the dance engine has loaded. */
      readonly pending: CycleMap | null;
      /** The dance engine's last load failed (offline, say); the next map opened tries again. */
      readonly engineFailed: boolean;
    },
    events: {} as StudioEvent | ChildNews,
  },
  actors: {
    document: documentMachine,
    playback: playbackMachine,
    analysis: analysisMachine,
    library: libraryMachine,
    loadEngine: fromPromise<void, FirstDance | null>(async ({ input }) => {
      const engine = await loadDanceEngine();
      // The first dance is built ahead, in short tasks (the map compiled, then a few moments at a
      // time), so playing it finds it built. A map that does not play fails again in playback,
      // which says so; it is not the engine's load that failed.
      if (input !== null)
        await engine
          .prepareFreshSession(input.map, input.seed, input.therapistPresent, nextTask)
          .catch(() => undefined);
    }),
  },
  guards: {
    isEngineLoaded: () => isDanceEngineLoaded(),
  },
  actions: {
    // A map opened plays at once; an edit reaches the live preview a moment later, after the
    // keystroke has painted, and a burst of typing replays the dance once, not once per key.
    play: enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'document.changed') return;
      enqueue.cancel(PREVIEW_ID);
      const load = { type: 'playback.load' as const, map: event.map };
      if (event.edited)
        enqueue.sendTo('playback', load, { delay: PREVIEW_DELAY_MS, id: PREVIEW_ID });
      else enqueue.sendTo('playback', load);
    }),
    saveEdit: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'document.changed' && event.edited)
        enqueue.sendTo('library', { type: 'library.changed', map: event.map });
    }),
    keepPending: assign(({ event }) =>
      event.type === 'document.changed' ? { pending: event.map } : {},
    ),
    playPending: enqueueActions(({ context, enqueue }) => {
      if (context.pending !== null)
        enqueue.sendTo('playback', { type: 'playback.load', map: context.pending });
      enqueue.assign({ pending: null });
    }),
  },
}).createMachine({
  id: 'studio',
  context: ({ input }) => ({
    deps: input,
    pending: null,
    engineFailed: false,
  }),
  // The dance engine loads with the first map to play, not with the home page.
  initial: 'danceless',
  states: {
    danceless: {
      always: { guard: 'isEngineLoaded', target: 'dancing' },
      on: {
        'document.changed': { target: 'loadingEngine', actions: ['saveEdit', 'keepPending'] },
      },
    },
    loadingEngine: {
      invoke: {
        src: 'loadEngine',
        input: ({ context, self }) => {
          const child = self.getSnapshot().children.playback as
            ActorRefFrom<typeof playbackMachine> | undefined;
          const playing = child?.getSnapshot().context;
          return context.pending === null || playing === undefined
            ? null
            : {
                map: context.pending,
                seed: playing.seed,
                therapistPresent: playing.therapistPresent,
              };
        },
        onDone: {
          target: 'dancing',
          actions: ['playPending', assign({ engineFailed: false })],
        },
        // Not loaded (offline, say): the screen says so, and the next map opened tries again.
        onError: { target: 'danceless', actions: assign({ engineFailed: true }) },
      },
      on: { 'document.changed': { actions: ['saveEdit', 'keepPending'] } },
    },
    dancing: {
      on: { 'document.changed': { actions: ['saveEdit', 'play'] } },
    },
  },
  invoke: [
    {
      id: 'document',
      systemId: 'document',
      src: 'document',
      input: ({ context: { deps } }) => (deps.now === undefined ? {} : { now: deps.now }),
    },
    {
      id: 'playback',
      systemId: 'playback',
      src: 'playback',
      input: ({ context: { deps } }) =>
        deps.preferences === undefined ? {} : { preferences: deps.preferences },
    },
    {
      id: 'analysis',
      systemId: 'analysis',
      src: 'analysis',
      input: ({ context: { deps } }) => ({
        runner: deps.analysis,
        ...(deps.analysisRuns === undefined ? {} : { runs: deps.analysisRuns }),
      }),
    },
    {
      id: 'library',
      systemId: 'library',
      src: 'library',
      input: ({ context: { deps } }) => ({
        store: deps.maps,
        ...(deps.channel === undefined ? {} : { channel: deps.channel }),
      }),
    },
  ],
  on: {
    'document.*': { actions: sendTo('document', ({ event }) => event as DocumentEvent) },
    'playback.*': { actions: sendTo('playback', ({ event }) => event) },
    'analysis.*': { actions: sendTo('analysis', ({ event }) => event as AnalysisEvent) },
    'library.*': { actions: sendTo('library', ({ event }) => event as LibraryEvent) },
    'maps.opened': {
      actions: sendTo('document', ({ event }) => ({
        type: 'document.load' as const,
        map: event.map,
        source: 'library' as const,
      })),
    },
    'maps.missing': {},
    // Another tab saved a newer version: the open map follows it (unless it has edits here).
    'maps.newer': {
      actions: sendTo('document', ({ event }) => ({
        type: 'document.follow' as const,
        map: event.map,
      })),
    },
    'maps.create': {
      actions: [
        sendTo('library', ({ event }) => ({ type: 'library.changed' as const, map: event.map })),
        enqueueActions(({ event, enqueue }) => {
          if (event.open)
            enqueue.sendTo('document', {
              type: 'document.load',
              map: event.map,
              source: 'library',
            });
        }),
      ],
    },
    'document.closed': {
      actions: [
        cancel(PREVIEW_ID),
        assign({ pending: null }),
        sendTo('playback', { type: 'playback.unload' as const }),
      ],
    },
    'dance.none': { actions: sendTo('analysis', { type: 'analysis.clear' as const }) },
    'dance.changed': {
      actions: sendTo('analysis', ({ event }) => {
        const { map, therapistPresent } = event;
        return { type: 'analysis.request' as const, map, therapistPresent };
      }),
    },
  },
});
