/** `compileMachine`: a cycle map as an XState statechart — one region per partner, the loop closing itself. */
import { assign, setup, type StateNodeConfig } from 'xstate';
import type { CycleMap } from '../document/types';
import { initialDance, type Dance, type DanceInput } from './dance';
import { danceModel, type DanceModel, type PartnerIndex } from './loop';
import {
  drawRepair,
  failRepair,
  landRepair,
  reconnectTurn,
  repairPlaysAs,
  takeBreak,
} from './repair';
import { hasDisengaged, hasSettled, takeTurn } from './turn';

/** One turn: a 6-second window of conversation. */
export interface TickEvent {
  readonly type: 'TICK';
}

/** A repair tried by partner `by` (0 or 1): a catalogue kind or the id of the couple's own repair. */
export interface RepairEvent {
  readonly type: 'REPAIR';
  readonly by: PartnerIndex;
  readonly kind: string;
}

export type DanceEvent = TickEvent | RepairEvent;

/** The repair path a landed repair plays through before the loop is broken. */
export const REPAIR_PATH = ['pause', 'softReach', 'response'] as const;

/**
 * Compiles a cycle map into an XState v5 machine. Its context is the `Dance` (plain data, the
 * seeded random state included); its input is `{ seed, therapistPresent? }`. Every guard and
 * action is named in `setup`, so the machine's JSON is meaningful to any XState tool.
 *
 * @example
 * const actor = createActor(compileMachine(map), { input: { seed: 7 } }).start();
 * actor.send({ type: 'TICK' });
 * actor.send({ type: 'REPAIR', by: 0, kind: 'softReach' });
 */
export function compileMachine(map: CycleMap) {
  const model = danceModel(map);
  const repairOf = (event: DanceEvent): RepairEvent | undefined =>
    event.type === 'REPAIR' ? event : undefined;
  const draw = (context: Dance, event: DanceEvent) => {
    const repair = repairOf(event);
    return repair === undefined ? undefined : drawRepair(model, context, repair.by, repair.kind);
  };

  return setup({
    types: {
      context: {} as Dance,
      events: {} as DanceEvent,
      input: {} as DanceInput,
    },
    guards: {
      isMover: ({ context }, params: { partner: PartnerIndex }) => context.mover === params.partner,
      isUnknownRepair: ({ event }) => {
        const repair = repairOf(event);
        return repair === undefined || repairPlaysAs(model, repair.by, repair.kind) === undefined;
      },
      isBreak: ({ event }) => {
        const repair = repairOf(event);
        return (
          repair !== undefined &&
          repairPlaysAs(model, repair.by, repair.kind) === 'selfSoothingBreak'
        );
      },
      repairLands: ({ context, event }) => draw(context, event)?.landed === true,
      hasDisengaged: ({ context }) => hasDisengaged(model, context),
      hasSettled: ({ context }) => hasSettled(model, context),
    },
    actions: {
      takeTurn: assign(({ context }) => takeTurn(model, context)),
      ignoreRepair: assign(({ context, event }) => {
        const note = draw(context, event)?.note;
        return note === undefined ? {} : { lastRepair: note };
      }),
      takeBreak: assign(({ context, event }) => {
        const repair = repairOf(event);
        return repair === undefined ? {} : takeBreak(model, context, repair.by);
      }),
      landRepair: assign(({ context, event }) => {
        const result = draw(context, event);
        return result === undefined ? {} : landRepair(context, result);
      }),
      failRepair: assign(({ context, event }) => {
        const result = draw(context, event);
        return result === undefined
          ? {}
          : failRepair(model, context, result.note.by, result.rng, result.note);
      }),
      reconnectTurn: assign(({ context }) => reconnectTurn(model, context)),
    },
  }).createMachine({
    id: 'cyclemap',
    context: function startDance({ input }) {
      return initialDance(model, input);
    },
    initial: 'loop',
    states: {
      loop: {
        type: 'parallel',
        states: { partner0: partnerRegion(model, 0), partner1: partnerRegion(model, 1) },
        on: {
          REPAIR: [
            { guard: 'isUnknownRepair', actions: 'ignoreRepair' },
            { guard: 'isBreak', actions: 'takeBreak' },
            { guard: 'repairLands', target: 'repairing', actions: 'landRepair' },
            { actions: 'failRepair' },
          ],
        },
        always: [
          { guard: 'hasDisengaged', target: 'disengaged' },
          { guard: 'hasSettled', target: 'reconnected' },
        ],
      },
      repairing: {
        initial: REPAIR_PATH[0],
        states: {
          pause: { on: { TICK: { target: 'softReach', actions: 'reconnectTurn' } } },
          softReach: { on: { TICK: { target: 'response', actions: 'reconnectTurn' } } },
          response: { on: { TICK: { target: '#cyclemap.reconnected', actions: 'reconnectTurn' } } },
        },
      },
      reconnected: { type: 'final' },
      disengaged: { type: 'final' },
    },
  });
}

export type CycleMachine = ReturnType<typeof compileMachine>;

/**
 * One partner's region: a state per step; on a TICK while it is this partner's turn, the next step
 * (after the last comes the trigger again, set off by the other's move).
 */
function partnerRegion(
  model: DanceModel,
  partner: PartnerIndex,
): StateNodeConfig<Dance, DanceEvent, never, never, never, never, never, never, never, never> {
  const steps = model.partners[partner].steps;
  const states = Object.fromEntries(
    steps.map((step, index) => [
      step,
      {
        on: {
          TICK: {
            guard: { type: 'isMover', params: { partner } },
            target: steps[(index + 1) % steps.length],
            actions: 'takeTurn',
          },
        },
      },
    ]),
  );
  // Partner 0 has just been triggered; partner 1 has just made the move that triggered them.
  return { initial: partner === 0 ? steps[0] : steps[steps.length - 1], states } as never;
}
