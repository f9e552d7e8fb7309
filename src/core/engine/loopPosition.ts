/** Where the loop is, read off a statechart snapshot: whose step, which one, and each partner's. */
import type { PartnerIndex, LoopPosition } from './danceModel';
import { LOOP_HISTORY_ID, partnerKey } from './machine';

/**
 * The parts of a snapshot of the cycle statechart that say where the loop is (a full XState
 * snapshot has them all).
 */
export interface LoopSnapshot {
  readonly value: unknown;
  readonly historyValue: Readonly<Record<string, readonly { readonly path: readonly string[] }[]>>;
  readonly machine: {
    readonly root: {
      readonly states: Readonly<
        Record<string, { readonly states: Readonly<Record<string, { readonly states: object }>> }>
      >;
    };
  };
}

/** Each partner's steps, in order, as the chart lists them. */
export function chartSteps(snapshot: LoopSnapshot): readonly [string[], string[]] {
  const loop = snapshot.machine.root.states.loop!;
  const steps = (p: PartnerIndex) => Object.keys(loop.states[partnerKey(p)]!.states);
  return [steps(0), steps(1)];
}

/**
 * Where the loop is: the partner who moved last and the step they are on. Once the dance has
 * left the loop (for the repair path, or at its end) it is where the loop was when it left, as
 * the loop's history state remembers it.
 *
 * @example
 * loopPositionOf(snapshot); // { partner: 0, index: 1, step: 'perception' }
 */
export function loopPositionOf(snapshot: LoopSnapshot): LoopPosition & { readonly step: string } {
  const path = activePath(snapshot);
  const partner: PartnerIndex = path[1] === partnerKey(1) ? 1 : 0;
  const steps = chartSteps(snapshot)[partner];
  const step = path[2] ?? steps[0] ?? 'trigger';
  return { partner, index: Math.max(0, steps.indexOf(step)), step };
}

/** Each partner's step: the one who moved last is where the loop is; the other is on their last step. */
export function partnerStepsOf(snapshot: LoopSnapshot): readonly [string, string] {
  const { partner, step } = loopPositionOf(snapshot);
  const steps = chartSteps(snapshot);
  const stepOf = (p: PartnerIndex) => (p === partner ? step : (steps[p].at(-1) ?? 'trigger'));
  return [stepOf(0), stepOf(1)];
}

/** `['loop', 'partner0', 'perception']` in the loop; the remembered path once it has left. */
function activePath(snapshot: LoopSnapshot): readonly string[] {
  const value = snapshot.value;
  if (typeof value === 'object' && value !== null && 'loop' in value) {
    const loop = (value as { loop: Record<string, string> }).loop;
    const [key, step] = Object.entries(loop)[0] ?? [];
    return ['loop', key ?? partnerKey(0), step ?? ''];
  }
  return snapshot.historyValue[LOOP_HISTORY_ID]?.[0]?.path ?? [];
}
