/**
 * The app's playback of a dance, as an XState actor: play, pause, step, scrub, speed, repairs and
 * the therapist switch. It owns the session (the seeded run of the compiled cycle statechart) and
 * where in it the view is; views send events and render what it holds.
 */
import { assign, setup } from 'xstate';
import {
  compileMachine,
  extendSession,
  sendAt,
  startSession,
  type CycleMachine,
  type CycleMap,
  type DanceSession,
  type PartnerIndex,
} from '../../core';

/** One turn of the dance on screen at 1×: a 6-second window of talk shown in 1.2 seconds. */
export const TURN_MS = 1200;
export const SPEEDS = [0.5, 1, 2, 4] as const;

export interface PlaybackContext {
  readonly map: CycleMap;
  readonly machine: CycleMachine;
  readonly session: DanceSession;
  /** Which snapshot of the session is on screen. */
  readonly index: number;
  readonly speed: number;
}

export interface PlaybackInput {
  readonly map: CycleMap;
  readonly seed: number;
  readonly therapistPresent?: boolean;
}

export type PlaybackEvent =
  | { readonly type: 'PLAY' }
  | { readonly type: 'PAUSE' }
  | { readonly type: 'TOGGLE' }
  | { readonly type: 'STEP_FORWARD' }
  | { readonly type: 'STEP_BACK' }
  | { readonly type: 'RESTART' }
  | { readonly type: 'SEEK'; readonly index: number }
  | { readonly type: 'SET_SPEED'; readonly speed: number }
  | { readonly type: 'SET_SEED'; readonly seed: number }
  | { readonly type: 'SET_THERAPIST'; readonly present: boolean }
  | { readonly type: 'REPAIR'; readonly by: PartnerIndex; readonly kind: string };

/** The whole dance from the session's end on: TICKs until the map's talk length is used up. */
function completed(
  context: Pick<PlaybackContext, 'map' | 'machine'>,
  session: DanceSession,
): DanceSession {
  const ticks = session.events.filter((event) => event.type === 'TICK').length;
  const left = Math.max(0, context.map.simulation.turns - ticks);
  return extendSession(context.machine, session, session.snapshots.length - 1 + left);
}

/**
 * The seed's dance from its start, played to the talk's full length with no repairs: what the
 * app plays first, and what the chart compares a repaired dance with.
 */
export function freshSession(
  context: Pick<PlaybackContext, 'map' | 'machine'>,
  seed: number,
  therapistPresent: boolean,
) {
  return completed(context, startSession(context.machine, { seed, therapistPresent }));
}

const lastIndex = (context: PlaybackContext) => context.session.snapshots.length - 1;

export const playbackMachine = setup({
  types: {
    context: {} as PlaybackContext,
    events: {} as PlaybackEvent,
    input: {} as PlaybackInput,
  },
  delays: {
    turn: ({ context }) => TURN_MS / context.speed,
  },
  guards: {
    canStepForward: ({ context }) => context.index < lastIndex(context),
    isAtEnd: ({ context }) => context.index >= lastIndex(context),
  },
  actions: {
    stepForward: assign({
      index: ({ context }) => Math.min(context.index + 1, lastIndex(context)),
    }),
    stepBack: assign({ index: ({ context }) => Math.max(0, context.index - 1) }),
    restart: assign({ index: 0 }),
    seek: assign({
      index: ({ context, event }) =>
        event.type === 'SEEK'
          ? Math.max(0, Math.min(Math.round(event.index), lastIndex(context)))
          : context.index,
    }),
    setSpeed: assign({
      speed: ({ context, event }) =>
        event.type === 'SET_SPEED' && (SPEEDS as readonly number[]).includes(event.speed)
          ? event.speed
          : context.speed,
    }),
    reseed: assign(({ context, event }) => {
      if (event.type !== 'SET_SEED' || !Number.isInteger(event.seed) || event.seed < 0) return {};
      return {
        session: freshSession(context, event.seed, context.session.therapistPresent),
        index: 0,
      };
    }),
    setTherapist: assign(({ context, event }) => {
      if (event.type !== 'SET_THERAPIST') return {};
      // The same seed with or without a therapist: the same dance, co-regulated or not.
      const session = freshSession(context, context.session.seed, event.present);
      return { session, index: Math.min(context.index, session.snapshots.length - 1) };
    }),
    repair: assign(({ context, event }) => {
      if (event.type !== 'REPAIR') return {};
      const session = completed(
        context,
        sendAt(context.machine, context.session, context.index, {
          type: 'REPAIR',
          by: event.by,
          kind: event.kind,
        }),
      );
      return { session, index: context.index + 1 };
    }),
  },
}).createMachine({
  id: 'playback',
  context: function startPlayback({ input }) {
    const machine = compileMachine(input.map);
    const base = { map: input.map, machine };
    return {
      ...base,
      session: freshSession(base, input.seed, input.therapistPresent === true),
      index: 0,
      speed: 1,
    };
  },
  initial: 'paused',
  on: {
    STEP_FORWARD: { target: '.paused', actions: 'stepForward' },
    STEP_BACK: { target: '.paused', actions: 'stepBack' },
    RESTART: { target: '.paused', actions: 'restart' },
    SEEK: { target: '.paused', actions: 'seek' },
    SET_SPEED: { actions: 'setSpeed' },
    SET_SEED: { target: '.paused', actions: 'reseed' },
    SET_THERAPIST: { target: '.paused', actions: 'setTherapist' },
    REPAIR: { target: '.paused', actions: 'repair' },
  },
  states: {
    paused: {
      on: {
        PLAY: [{ guard: 'isAtEnd', target: 'playing', actions: 'restart' }, { target: 'playing' }],
        TOGGLE: [
          { guard: 'isAtEnd', target: 'playing', actions: 'restart' },
          { target: 'playing' },
        ],
      },
    },
    playing: {
      after: {
        turn: [
          { guard: 'canStepForward', target: 'playing', reenter: true, actions: 'stepForward' },
          { target: 'paused' },
        ],
      },
      always: { guard: 'isAtEnd', target: 'paused' },
      on: {
        PAUSE: { target: 'paused' },
        TOGGLE: { target: 'paused' },
        // A new speed takes effect at once, not after the beat already waiting.
        SET_SPEED: { target: 'playing', reenter: true, actions: 'setSpeed' },
      },
    },
  },
});
