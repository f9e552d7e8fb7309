/**
 * The studio's root actor: one actor system with three children — the document, playback and the
 * analysis. Screens send it named events; it hands each to the child it belongs to, and carries
 * the news between them (a new map goes to playback; a new dance to the analysis).
 */
import { sendTo, setup } from 'xstate';
import { analysisMachine, type AnalysisEvent } from './analysisMachine';
import type { AnalysisRunner } from './analysisRunner';
import { documentMachine, type DocumentChanged, type DocumentEvent } from './documentMachine';
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
}

/** Everything a screen can ask of the studio. */
export type StudioEvent =
  | DocumentEvent
  | PlaybackEvent
  | Extract<AnalysisEvent, { type: 'analysis.enable' | 'analysis.disable' }>;

type ChildNews = DocumentChanged | DanceChanged | { readonly type: 'dance.none' };

export const studioMachine = setup({
  types: {
    input: {} as StudioDeps,
    context: {} as { readonly deps: StudioDeps },
    events: {} as StudioEvent | ChildNews,
  },
  actors: { document: documentMachine, playback: playbackMachine, analysis: analysisMachine },
}).createMachine({
  id: 'studio',
  context: ({ input }) => ({ deps: input }),
  invoke: [
    { id: 'document', systemId: 'document', src: 'document' },
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
  ],
  on: {
    'document.*': { actions: sendTo('document', ({ event }) => event as DocumentEvent) },
    'playback.*': { actions: sendTo('playback', ({ event }) => event) },
    'analysis.*': { actions: sendTo('analysis', ({ event }) => event as AnalysisEvent) },
    'document.changed': {
      actions: sendTo('playback', ({ event }) => ({
        type: 'playback.load' as const,
        map: event.map,
      })),
    },
    'document.closed': { actions: sendTo('playback', { type: 'playback.unload' as const }) },
    'dance.none': { actions: sendTo('analysis', { type: 'analysis.clear' as const }) },
    'dance.changed': {
      actions: sendTo('analysis', ({ event }) => {
        const { map, therapistPresent } = event;
        return { type: 'analysis.request' as const, map, therapistPresent };
      }),
    },
  },
});
