/**
 * `compileMachine`: a cycle map as an XState statechart. The loop is in the graph: each partner's
 * steps in order, and the crossings where one partner's move sets off the other's trigger; a repair
 * leaves it for the repair path, a break pauses it and returns through history.
 */
import { assign, setup } from 'xstate';
import type { CycleMap } from '../document/types';
import { initialDance, type Dance, type DanceInput } from './dance';
import { danceModel, other, type DanceModel, type PartnerIndex } from './danceModel';
import {
  ignoreRepair,
  reconnectTurn,
  repairPlaysAs,
  takeBreak,
  tryRepair,
  type RepairSpot,
} from './repair';
import { beginRound, hasDisengaged, hasSettled, takeTurn } from './turn';

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

/** The machine's id: state ids are `cyclemap.loop.partner0.trigger`, `cyclemap.repairing.pause`… */
export const MACHINE_ID = 'cyclemap';

/** The repair path a landed repair plays through before the loop is broken. */
export const REPAIR_PATH = ['pause', 'softReach', 'response'] as const;

/** The id of the history state through which the loop resumes where it was. */
export const LOOP_HISTORY_ID = `${MACHINE_ID}.loop.resume`;

/**
 * Tags on the chart's states: what screens ask about, without reading the shape of a state value.
 * `loop` while the cycle runs; `break` and `repairing` on their states; `ended` with `reconnected`
 * or `disengaged` on the two ways the dance ends; `cold` on the whole chart of a dance whose
 * partners both turn away (its register, `register.ts`), so every moment of it says so.
 */
export const TAG = {
  loop: 'loop',
  break: 'break',
  repairing: 'repairing',
  ended: 'ended',
  reconnected: 'reconnected',
  disengaged: 'disengaged',
  cold: 'cold',
} as const;

/** The state node key of a partner's part of the loop. */
export const partnerKey = (partner: PartnerIndex) => `partner${partner}` as const;

/** What the throwaway actors of XState's pure `transition()` start from (see `startDance`). */
const UNUSED_INPUT: DanceInput = Object.freeze({ seed: 0 });

/**
 * Compiles a cycle map into an XState v5 machine. Its context is the `Dance` (plain data, the
 * seeded random state included); its input is `{ seed, therapistPresent? }`. Every guard and
 * action is named in `setup`, and every transition that matters to the cycle is in the graph, so
 * the machine's JSON can be read without running it.
 *
 * @example
 * const actor = createActor(compileMachine(map), { input: { seed: 7 } }).start();
 * actor.send({ type: 'TICK' });
 * actor.send({ type: 'REPAIR', by: 0, kind: 'softReach' });
 */
export function compileMachine(map: CycleMap) {
  const model = danceModel(map);
  const playsAs = (event: DanceEvent) =>
    event.type === 'REPAIR' ? repairPlaysAs(model, event.by, event.kind) : undefined;

  return setup({
    types: {
      context: {} as Dance,
      events: {} as DanceEvent,
      input: {} as DanceInput,
    },
    guards: {
      /** A repair that reaches for the other partner: known to the map and not a break. */
      isReach: ({ event }) => {
        const kind = playsAs(event);
        return kind !== undefined && kind !== 'selfSoothingBreak';
      },
      isUnknownRepair: ({ event }) => playsAs(event) === undefined,
      isBreak: ({ event }) => playsAs(event) === 'selfSoothingBreak',
      repairLanded: ({ context }) => context.lastRepair?.outcome === 'landed',
      hasDisengaged: ({ context }) => hasDisengaged(model, context),
      hasSettled: ({ context }) => hasSettled(model, context),
    },
    actions: {
      takeTurn: assign(({ context }, params: { partner: PartnerIndex }) =>
        takeTurn(model, context, params.partner),
      ),
      beginRound: assign(({ context }) => beginRound(context)),
      ignoreRepair: assign(({ context, event }) =>
        event.type === 'REPAIR' ? ignoreRepair(context, event.by, event.kind) : {},
      ),
      takeBreak: assign(({ context, event }) =>
        event.type === 'REPAIR' ? takeBreak(model, context, event.by) : {},
      ),
      // The one draw of an attempt: the `attempt` state then routes on the note it leaves.
      tryRepair: assign(({ context, event }, spot: RepairSpot) =>
        event.type === 'REPAIR' ? tryRepair(model, context, spot, event.by, event.kind) : {},
      ),
      reconnectTurn: assign(({ context }) => reconnectTurn(model, context)),
    },
  }).createMachine({
    id: MACHINE_ID,
    tags: model.register === 'cold' ? [TAG.cold] : [],
    // XState's pure `initialTransition()` and `transition()` first make a throwaway actor, without
    // input; its starting context is never read, but a missing seed would throw, each time (with
    // `transition()` at every step, that was half the time a whole dance took to compute).
    context: function startDance({ input }: { readonly input: DanceInput | undefined }) {
      return initialDance(model, input ?? UNUSED_INPUT);
    },
    initial: 'loop',
    states: {
      loop: {
        description:
          'The negative cycle: each partner’s steps in turn, each move setting off the other’s trigger.',
        tags: [TAG.loop],
        initial: partnerKey(0),
        states: {
          partner0: partnerSteps(model, 0),
          partner1: partnerSteps(model, 1),
          resume: { type: 'history', history: 'deep' },
        },
        on: {
          REPAIR: [
            { guard: 'isUnknownRepair', actions: 'ignoreRepair' },
            { guard: 'isBreak', target: 'break', actions: 'takeBreak' },
          ],
        },
        always: [
          { guard: 'hasDisengaged', target: 'disengaged' },
          { guard: 'hasSettled', target: 'reconnected' },
        ],
      },
      break: {
        description:
          'A self-soothing break: hearts calm while the clock moves on; the loop is paused, not broken, and resumes where it was.',
        tags: [TAG.break],
        always: { target: `#${LOOP_HISTORY_ID}` },
      },
      attempt: {
        description: 'A repair reaches for the other partner: it lands, or the loop goes on.',
        always: [{ guard: 'repairLanded', target: 'repairing' }, { target: `#${LOOP_HISTORY_ID}` }],
      },
      repairing: {
        description: 'The repair path: pause, reach from the softer feeling, respond.',
        tags: [TAG.repairing],
        initial: REPAIR_PATH[0],
        states: {
          pause: { on: { TICK: { target: 'softReach', actions: 'reconnectTurn' } } },
          softReach: { on: { TICK: { target: 'response', actions: 'reconnectTurn' } } },
          response: {
            on: { TICK: { target: `#${MACHINE_ID}.reconnected`, actions: 'reconnectTurn' } },
          },
        },
      },
      reconnected: { type: 'final', tags: [TAG.ended, TAG.reconnected] },
      disengaged: { type: 'final', tags: [TAG.ended, TAG.disengaged] },
    },
  });
}

export type CycleMachine = ReturnType<typeof compileMachine>;

/**
 * One partner's steps, a state each. A TICK takes the next step; on the last, the TICK is the
 * crossing: this partner's move sets off the other's trigger (and when partner 1's does, a new
 * round begins). From any step a reaching repair goes to `attempt`, its timing in its params.
 */
function partnerSteps(model: DanceModel, partner: PartnerIndex) {
  const { steps, moveIndex, name } = model.partners[partner];
  const them = other(partner);
  const theirs = model.partners[them];
  const states = Object.fromEntries(
    steps.map((step, index) => {
      const last = index === steps.length - 1;
      const tick = last
        ? {
            target: `#${MACHINE_ID}.loop.${partnerKey(them)}.${theirs.steps[0]}`,
            description: `The crossing: ${name}’s move sets off ${theirs.name}’s trigger.`,
            actions: [
              ...(them === 0 ? [{ type: 'beginRound' as const }] : []),
              { type: 'takeTurn' as const, params: { partner: them } },
            ],
          }
        : {
            target: steps[index + 1]!,
            actions: { type: 'takeTurn' as const, params: { partner } },
          };
      const repair = {
        guard: 'isReach' as const,
        target: `#${MACHINE_ID}.attempt`,
        actions: {
          type: 'tryRepair' as const,
          params: { partner, beforeMove: index < moveIndex },
        },
      };
      return [step, { on: { TICK: tick, REPAIR: repair } }];
    }),
  );
  return { initial: steps[0]!, states };
}
