/**
 * The repair-window analysis as an actor: switched on or off, it follows the dance being played.
 * A new map or setting cancels the run under way and starts another; progress and the result
 * come back as events; a reply from a cancelled run is never shown.
 */
import { assign, fromCallback, setup } from 'xstate';
import type { CycleMap, RepairWindows } from '../core';
import { WINDOW_RUNS, type AnalysisRequest, type AnalysisRunner } from './analysisRunner';

export interface AnalysisContext {
  readonly runner: AnalysisRunner;
  /** What the analysis is of: the dance being played, once there is one. */
  readonly request: AnalysisRequest | null;
  /** Share of runs done, 0…1, while running. */
  readonly progress: number;
  /**
   * The figures of the runs done so far while running, for a runner that reports them (its blocks
   * arrive one by one); null otherwise.
   */
  readonly partial: { readonly windows: RepairWindows; readonly runs: number } | null;
  /** The result, kept with the request it answers. */
  readonly result: {
    readonly request: AnalysisRequest;
    readonly windows: RepairWindows;
    readonly runs: number;
  } | null;
  readonly error: string | null;
}

export type AnalysisEvent =
  /** The switch is on screen: get the runner ready, so switching it on answers at once. */
  | { readonly type: 'analysis.prepare' }
  | { readonly type: 'analysis.enable' }
  | { readonly type: 'analysis.disable' }
  | {
      readonly type: 'analysis.request';
      readonly map: CycleMap;
      readonly therapistPresent: boolean;
    }
  | { readonly type: 'analysis.clear' }
  | { readonly type: 'analysis.progress'; readonly done: number }
  | { readonly type: 'analysis.partial'; readonly windows: RepairWindows; readonly runs: number }
  | { readonly type: 'analysis.done'; readonly windows: RepairWindows; readonly runs: number }
  | { readonly type: 'analysis.failed'; readonly message: string };

export interface AnalysisInput {
  readonly runner: AnalysisRunner;
  /** Seed of the analysis (its runs are seeded from it); 1 unless given. */
  readonly seed?: number;
  readonly runs?: number;
}

type RunEvent = Extract<
  AnalysisEvent,
  { type: 'analysis.progress' | 'analysis.partial' | 'analysis.done' | 'analysis.failed' }
>;

/** One run of the injected runner; stopping this actor cancels it. */
const runAnalysis = fromCallback<
  RunEvent,
  { readonly runner: AnalysisRunner; readonly request: AnalysisRequest }
>(({ input, sendBack }) => {
  let live = true;
  const cancel = input.runner.run(input.request, {
    progress: (done) => live && sendBack({ type: 'analysis.progress', done }),
    partial: (windows, runs) => live && sendBack({ type: 'analysis.partial', windows, runs }),
    done: (windows, runs) => live && sendBack({ type: 'analysis.done', windows, runs }),
    fail: (message) => live && sendBack({ type: 'analysis.failed', message }),
  });
  return () => {
    live = false;
    cancel();
  };
});

export const analysisMachine = setup({
  types: {
    context: {} as AnalysisContext & { readonly seed: number; readonly runs: number },
    events: {} as AnalysisEvent,
    input: {} as AnalysisInput,
  },
  actors: { runAnalysis },
  guards: {
    hasRequest: ({ context }) => context.request !== null,
    /** The last result answers what is asked now (the same map, played the same way). */
    hasAnswer: ({ context }) =>
      context.result !== null && context.result.request === context.request,
  },
  actions: {
    warmRunner: ({ context }) => context.runner.warm?.(context.request ?? undefined),
    // The same map played the same way is the same request, so its answer still stands.
    keepRequest: assign(({ context, event }) =>
      event.type === 'analysis.request' &&
      (context.request?.map !== event.map ||
        context.request.therapistPresent !== event.therapistPresent)
        ? {
            request: {
              map: event.map,
              therapistPresent: event.therapistPresent,
              seed: context.seed,
              runs: context.runs,
            },
          }
        : {},
    ),
  },
}).createMachine({
  id: 'analysis',
  context: ({ input }) => ({
    runner: input.runner,
    seed: input.seed ?? 1,
    runs: input.runs ?? WINDOW_RUNS,
    request: null,
    progress: 0,
    partial: null,
    result: null,
    error: null,
  }),
  initial: 'off',
  on: {
    // A dance to analyse, with the analysis off: kept, for when it is switched on.
    'analysis.request': { actions: 'keepRequest' },
    // The switch is on screen: get the runner ready (its code, its workers), so switching it on
    // answers at once. Not with the request itself: the runner's start would share the cores with
    // the dance's own first drawing, which comes first.
    'analysis.prepare': { actions: 'warmRunner' },
    'analysis.clear': { actions: assign({ request: null }) },
  },
  states: {
    off: {
      on: { 'analysis.enable': { target: 'on' } },
    },
    on: {
      initial: 'choosing',
      on: {
        'analysis.disable': { target: 'off' },
        // A new map or setting: the run under way (if any) is cancelled as its state is left.
        'analysis.request': { target: '.choosing', reenter: true, actions: 'keepRequest' },
        // Nothing to analyse any more: the run under way is cancelled.
        'analysis.clear': {
          target: '.choosing',
          reenter: true,
          actions: assign({ request: null }),
        },
      },
      states: {
        choosing: {
          always: [
            { guard: 'hasAnswer', target: 'done' },
            { guard: 'hasRequest', target: 'running' },
            { target: 'waiting' },
          ],
        },
        /** Switched on with nothing to analyse yet. */
        waiting: {},
        running: {
          entry: assign({ progress: 0, partial: null, error: null }),
          exit: assign({ partial: null }),
          invoke: {
            src: 'runAnalysis',
            input: ({ context }) => ({ runner: context.runner, request: context.request! }),
          },
          on: {
            'analysis.progress': { actions: assign({ progress: ({ event }) => event.done }) },
            'analysis.partial': {
              actions: assign({
                partial: ({ event }) => ({ windows: event.windows, runs: event.runs }),
              }),
            },
            'analysis.done': {
              target: 'done',
              actions: assign({
                result: ({ context, event }) => ({
                  request: context.request!,
                  windows: event.windows,
                  runs: event.runs,
                }),
              }),
            },
            'analysis.failed': {
              target: 'failed',
              actions: assign({ error: ({ event }) => event.message }),
            },
          },
        },
        done: {},
        failed: {},
      },
    },
  },
});
