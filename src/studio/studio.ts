/**
 * `createStudio`: the headless heart of the app. Every screen reads its snapshot through selectors
 * and changes it by sending named events; it runs the same under Node (tests, the CLI) as in the
 * browser, with its analysis runner injected.
 */
import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { analysisMachine } from './analysisMachine';
import type { documentMachine } from './documentMachine';
import type { libraryMachine } from './libraryMachine';
import type { playbackMachine } from './playbackMachine';
import type { MapStore } from './mapStore';
import { memoryMapStore } from './memoryMapStore';
import { studioMachine, type StudioDeps, type StudioEvent } from './studioMachine';

/** Where the dance engine (loaded with the first map to play) has got to. */
export type DanceEngineStatus = 'waiting' | 'loading' | 'failed' | 'ready';

/** One moment of the whole studio: each child's snapshot. A new object only when one changes. */
export interface StudioSnapshot {
  readonly engine: DanceEngineStatus;
  readonly document: SnapshotFrom<typeof documentMachine>;
  readonly playback: SnapshotFrom<typeof playbackMachine>;
  readonly analysis: SnapshotFrom<typeof analysisMachine>;
  readonly library: SnapshotFrom<typeof libraryMachine>;
}

/** The studio's handle; its functions may be passed around on their own (no `this`). */
export interface Studio {
  readonly send: (event: StudioEvent) => void;
  readonly getSnapshot: () => StudioSnapshot;
  /** Calls `listener` after any change; returns how to stop listening. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly stop: () => void;
}

/**
 * The studio, its own maps kept in memory unless a store is given: for Node and tests.
 *
 * @example
 * const studio = createStudio({ analysis: inlineRunner() });
 * studio.send({ type: 'document.load', map, source: 'builtIn' });
 * phaseOf(studio.getSnapshot()); // 'playing'
 */
export function createStudio(deps: StudioDeps): Studio {
  return createStudioWith({ ...deps, maps: deps.maps ?? memoryMapStore() });
}

/**
 * The studio over the given store of maps. The browser's, so that its first load does not carry
 * the in-memory store it never uses.
 *
 * @example
 * const studio = createStudioWith({ analysis: workerRunner(), maps: idbMapStore() });
 */
export function createStudioWith(deps: StudioDeps & { readonly maps: MapStore }): Studio {
  const root = createActor(studioMachine, { input: deps }).start();
  const child = <T>(id: string) => root.system.get(id) as ActorRefFrom<T>;
  const children = {
    document: child<typeof documentMachine>('document'),
    playback: child<typeof playbackMachine>('playback'),
    analysis: child<typeof analysisMachine>('analysis'),
    library: child<typeof libraryMachine>('library'),
  };
  let last: StudioSnapshot | null = null;
  const engineStatus = (): DanceEngineStatus => {
    const snapshot = root.getSnapshot();
    if (snapshot.matches('dancing')) return 'ready';
    if (snapshot.matches('loadingEngine')) return 'loading';
    return snapshot.context.engineFailed ? 'failed' : 'waiting';
  };
  const getSnapshot = (): StudioSnapshot => {
    const engine = engineStatus();
    const document = children.document.getSnapshot();
    const playback = children.playback.getSnapshot();
    const analysis = children.analysis.getSnapshot();
    const library = children.library.getSnapshot();
    if (
      last === null ||
      last.engine !== engine ||
      last.document !== document ||
      last.playback !== playback ||
      last.analysis !== analysis ||
      last.library !== library
    ) {
      last = { engine, document, playback, analysis, library };
    }
    return last;
  };
  return {
    send: (event) => root.send(event),
    getSnapshot,
    subscribe: (listener) => {
      const subscriptions = [
        root.subscribe(listener),
        children.document.subscribe(listener),
        children.playback.subscribe(listener),
        children.analysis.subscribe(listener),
        children.library.subscribe(listener),
      ];
      return () => subscriptions.forEach((s) => s.unsubscribe());
    },
    stop: () => root.stop(),
  };
}
