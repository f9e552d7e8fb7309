/**
 * The dance engine (the statechart compiler and the simulation), loaded once, on first need: a
 * home page that only lists maps never loads it. The studio awaits `loadDanceEngine()` before it
 * hands playback its first map; from then on `danceEngine()` gives it at once.
 */
import type * as DanceSessions from './danceSessions';
import { nextTask } from './nextTask';

type DanceEngine = typeof DanceSessions;

let engine: DanceEngine | null = null;
let loading: Promise<DanceEngine> | null = null;

export function loadDanceEngine(): Promise<DanceEngine> {
  if (engine !== null) return Promise.resolve(engine);
  loading ??= import('./danceSessions').then(
    async (module) => {
      engine = module;
      // The engine's modules are evaluated in one task; building the first dance waits for the next.
      await nextTask();
      return module;
    },
    (error: unknown) => {
      loading = null; // a failed load (a dropped connection) is tried again next time
      throw error;
    },
  );
  return loading;
}

export const isDanceEngineLoaded = (): boolean => engine !== null;

/** The engine, once `loadDanceEngine()` has resolved. */
export function danceEngine(): DanceEngine {
  if (engine === null) throw new Error('The dance engine is used before it was loaded.');
  return engine;
}
