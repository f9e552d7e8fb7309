/**
 * Playback of a dance, as an XState actor: load a map, play, pause, step, scrub, speed, seed,
 * repairs and the therapist switch. It owns the session (the seeded run of the compiled cycle
 * statechart), the same dance without repair (computed once per seed and setting), and which
 * moment is on screen; screens send it events and read it through selectors.
 */
import { assign, sendParent, setup } from 'xstate';
import type { CycleMap, DanceSession, PartnerIndex } from '../core';
import { danceEngine } from './danceEngine';
import type { PlayableMap } from './danceSessions';
import { readPreferences, type PreferenceStore } from './preferences';
import { nextReveal, previousReveal } from './reveal';

/** One turn of the dance on screen at 1×: a 6-second window of talk shown in 1.2 seconds. */
export const TURN_MS = 1200;
export const SPEEDS = [0.5, 1, 2, 4] as const;
/**
 * How long after Play the first step comes. Play answers at once (the button shows Pause) and the
 * first step follows once that has been drawn: on a slow phone the click's own work stays small,
 * and a tenth of a second still reads as instant.
 */
export const FIRST_STEP_MS = 100;
/** The seed a dance starts with; the same seed always plays the same dance. */
export const DEFAULT_SEED = 7;

/** A map being played: its chart, the session, and the same seed's dance without any repair. */
export interface LoadedDance extends PlayableMap {
  readonly session: DanceSession;
  readonly baseline: DanceSession;
}

export interface PlaybackContext {
  readonly preferences: PreferenceStore | null;
  readonly dance: LoadedDance | null;
  /** Which snapshot of the session is on screen. */
  readonly index: number;
  readonly speed: number;
  readonly seed: number;
  readonly therapistPresent: boolean;
  /** The person's own choice about motion; null until they make one (the system setting decides). */
  readonly reducedMotion: boolean | null;
  /** Presentation mode: the dance fills the screen for a session with a couple. */
  readonly presenting: boolean;
  /** How much of the cycle a staged reveal shows (an index of REVEAL_STAGES); null shows all. */
  readonly reveal: number | null;
}

export type PlaybackEvent =
  | { readonly type: 'playback.load'; readonly map: CycleMap }
  | { readonly type: 'playback.unload' }
  | { readonly type: 'playback.play' }
  | { readonly type: 'playback.pause' }
  | { readonly type: 'playback.toggle' }
  | { readonly type: 'playback.stepForward' }
  | { readonly type: 'playback.stepBack' }
  | { readonly type: 'playback.restart' }
  | { readonly type: 'playback.seek'; readonly index: number }
  | { readonly type: 'playback.setSpeed'; readonly speed: number }
  | { readonly type: 'playback.setSeed'; readonly seed: number }
  | { readonly type: 'playback.setTherapist'; readonly present: boolean }
  | { readonly type: 'playback.setReducedMotion'; readonly reduced: boolean | null }
  | { readonly type: 'playback.repair'; readonly by: PartnerIndex; readonly kind: string }
  | { readonly type: 'playback.present'; readonly on: boolean }
  | { readonly type: 'playback.revealNext' }
  | { readonly type: 'playback.revealPrevious' };

/** Told to the studio whenever what is danced changes, so the analysis can follow. */
export interface DanceChanged {
  readonly type: 'dance.changed';
  readonly map: CycleMap;
  readonly therapistPresent: boolean;
}

export interface PlaybackInput {
  readonly seed?: number;
  readonly therapistPresent?: boolean;
  /** Where speed and the motion choice are kept between visits. */
  readonly preferences?: PreferenceStore;
}

const lastIndex = ({ dance }: PlaybackContext) =>
  dance === null ? 0 : dance.session.snapshots.length - 1;

/** The map's dance for this seed and setting, from its start: session and baseline are one run. */
function danceOf(map: PlayableMap, seed: number, therapistPresent: boolean): LoadedDance {
  const session = danceEngine().freshSession(map, seed, therapistPresent);
  return { ...map, session, baseline: session };
}

const isSeed = (seed: number) => Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff;

/** From the end, Play starts the dance again at once; otherwise the next step follows a beat later. */
const playNow = [
  { guard: 'isAtEnd', target: 'playing', actions: ['revealAll', 'restart'] },
  { target: 'playing.starting', actions: 'revealAll' },
] as const;

export const playbackMachine = setup({
  types: {
    context: {} as PlaybackContext,
    events: {} as PlaybackEvent,
    // Optional fields only: the context factory below names the input's type.
    input: {},
  },
  delays: {
    turn: ({ context }) => TURN_MS / context.speed,
    firstStep: FIRST_STEP_MS,
  },
  guards: {
    canStepForward: ({ context }) => context.index < lastIndex(context),
    isAtEnd: ({ context }) => context.index >= lastIndex(context),
    isValidSeed: ({ event }) => event.type === 'playback.setSeed' && isSeed(event.seed),
  },
  actions: {
    load: assign(({ context, event }) => {
      if (event.type !== 'playback.load') return {};
      const dance = danceOf(
        danceEngine().playable(event.map),
        context.seed,
        context.therapistPresent,
      );
      // The same map edited (the live preview): stay at the same moment, as far as it goes.
      const same = context.dance?.map.id === event.map.id;
      const last = dance.session.snapshots.length - 1;
      return { dance, index: same ? Math.min(context.index, last) : 0 };
    }),
    stepForward: assign({
      index: ({ context }) => Math.min(context.index + 1, lastIndex(context)),
    }),
    stepBack: assign({ index: ({ context }) => Math.max(0, context.index - 1) }),
    restart: assign({ index: 0 }),
    seek: assign({
      index: ({ context, event }) =>
        event.type === 'playback.seek' && Number.isFinite(event.index)
          ? Math.max(0, Math.min(Math.round(event.index), lastIndex(context)))
          : context.index,
    }),
    setSpeed: assign({
      speed: ({ context, event }) =>
        event.type === 'playback.setSpeed' && (SPEEDS as readonly number[]).includes(event.speed)
          ? event.speed
          : context.speed,
    }),
    reseed: assign(({ context, event }) => {
      if (event.type !== 'playback.setSeed' || context.dance === null) return {};
      return {
        seed: event.seed,
        dance: danceOf(context.dance, event.seed, context.therapistPresent),
        index: 0,
      };
    }),
    setTherapist: assign(({ context, event }) => {
      if (event.type !== 'playback.setTherapist') return {};
      if (context.dance === null) return { therapistPresent: event.present };
      // The same seed with or without a therapist: the same dance, co-regulated or not.
      const dance = danceOf(context.dance, context.seed, event.present);
      return {
        therapistPresent: event.present,
        dance,
        index: Math.min(context.index, dance.session.snapshots.length - 1),
      };
    }),
    setReducedMotion: assign({
      reducedMotion: ({ context, event }) =>
        event.type === 'playback.setReducedMotion' ? event.reduced : context.reducedMotion,
    }),
    repair: assign(({ context, event }) => {
      if (event.type !== 'playback.repair' || context.dance === null) return {};
      const { dance, index } = context;
      const { completed, sendAt } = danceEngine();
      const session = completed(
        dance,
        sendAt(dance.machine, dance.session, index, {
          type: 'REPAIR',
          by: event.by,
          kind: event.kind,
        }),
      );
      return { dance: { ...dance, session }, index: index + 1 };
    }),
    // Presenting from the start of a dance begins the staged reveal; mid-dance it shows all.
    present: assign(({ context, event }) => {
      if (event.type !== 'playback.present') return {};
      return { presenting: event.on, reveal: event.on && context.index === 0 ? 0 : null };
    }),
    revealNext: assign({ reveal: ({ context }) => nextReveal(context.reveal) }),
    revealPrevious: assign({ reveal: ({ context }) => previousReveal(context.reveal) }),
    /** Playing, stepping or repairing shows the whole cycle: the reveal is over. */
    revealAll: assign({ reveal: null }),
    savePreferences: ({ context }) => {
      try {
        context.preferences?.save({ speed: context.speed, reducedMotion: context.reducedMotion });
      } catch {
        // A preference that cannot be kept (storage full or switched off) only costs a click next time.
      }
    },
    tellDanceChanged: sendParent(({ context }): DanceChanged | { type: 'dance.none' } =>
      context.dance === null
        ? { type: 'dance.none' }
        : {
            type: 'dance.changed',
            map: context.dance.map,
            therapistPresent: context.therapistPresent,
          },
    ),
  },
}).createMachine({
  id: 'playback',
  context: ({ input }: { input: PlaybackInput }) => {
    const seed = input.seed ?? DEFAULT_SEED;
    const store = input.preferences ?? null;
    let saved: unknown = null;
    try {
      saved = store?.load() ?? null;
    } catch {
      // Unreadable preferences are the defaults.
    }
    const { speed, reducedMotion } = readPreferences(saved, SPEEDS);
    return {
      preferences: store,
      dance: null,
      index: 0,
      speed,
      seed: isSeed(seed) ? seed : DEFAULT_SEED,
      therapistPresent: input.therapistPresent === true,
      reducedMotion,
      presenting: false,
      reveal: null,
    };
  },
  initial: 'empty',
  on: {
    'playback.load': { target: '.loaded', actions: ['load', 'tellDanceChanged'] },
    'playback.unload': {
      target: '.empty',
      actions: [assign({ dance: null, index: 0 }), 'tellDanceChanged'],
    },
    'playback.setSpeed': { actions: ['setSpeed', 'savePreferences'] },
    'playback.setReducedMotion': { actions: ['setReducedMotion', 'savePreferences'] },
    'playback.present': { actions: 'present' },
    'playback.revealNext': { actions: 'revealNext' },
    'playback.revealPrevious': { actions: 'revealPrevious' },
  },
  states: {
    /** No map yet: settings can still be chosen. */
    empty: {
      on: {
        'playback.setSeed': {
          guard: 'isValidSeed',
          actions: assign({ seed: ({ event }) => event.seed }),
        },
        'playback.setTherapist': { actions: 'setTherapist' },
      },
    },
    loaded: {
      initial: 'paused',
      on: {
        'playback.stepForward': { target: '.paused', actions: ['revealAll', 'stepForward'] },
        'playback.stepBack': { target: '.paused', actions: ['revealAll', 'stepBack'] },
        'playback.restart': { target: '.paused', actions: 'restart' },
        'playback.seek': { target: '.paused', actions: ['revealAll', 'seek'] },
        'playback.setSeed': { guard: 'isValidSeed', target: '.paused', actions: 'reseed' },
        'playback.setTherapist': {
          target: '.paused',
          actions: ['setTherapist', 'tellDanceChanged'],
        },
        'playback.repair': { target: '.paused', actions: ['revealAll', 'repair'] },
      },
      states: {
        paused: {
          on: {
            'playback.play': playNow,
            'playback.toggle': playNow,
          },
        },
        playing: {
          initial: 'turning',
          always: { guard: 'isAtEnd', target: 'paused' },
          on: {
            'playback.pause': { target: 'paused' },
            'playback.toggle': { target: 'paused' },
          },
          states: {
            /** Just after Play: the first step comes after FIRST_STEP_MS, whatever the speed. */
            starting: {
              after: {
                firstStep: [
                  { guard: 'canStepForward', target: 'turning', actions: 'stepForward' },
                  { target: '#playback.loaded.paused' },
                ],
              },
            },
            /** One step per turn at the chosen speed. */
            turning: {
              after: {
                turn: [
                  {
                    guard: 'canStepForward',
                    target: 'turning',
                    reenter: true,
                    actions: 'stepForward',
                  },
                  { target: '#playback.loaded.paused' },
                ],
              },
              on: {
                // A new speed takes effect at once, not after the beat already waiting.
                'playback.setSpeed': {
                  target: 'turning',
                  reenter: true,
                  actions: ['setSpeed', 'savePreferences'],
                },
              },
            },
          },
        },
      },
    },
  },
});
