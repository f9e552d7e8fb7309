/** A frame: what one moment of the dance shows — the same shape in the CLI, the exported module and the app. */
import type { Dance, PartnerState } from './dance';
import { partnerStepsOf, type LoopSnapshot } from './loopPosition';

/** A partner at one moment: the step the chart has them on, with their feeling and body. */
export interface PartnerFrame extends PartnerState {
  readonly step: string;
}

export interface Frame {
  readonly turn: number;
  /** The machine's state value, e.g. `{ loop: { partner0: 'perception' } }` or `'reconnected'`. */
  readonly state: unknown;
  readonly partners: readonly [PartnerFrame, PartnerFrame];
}

/**
 * The frame of a machine snapshot.
 *
 * @example
 * frameOf(actor.getSnapshot()); // { turn: 3, state: { loop: … }, partners: [ … ] }
 */
export function frameOf(snapshot: LoopSnapshot & { readonly context: Dance }): Frame {
  const { turn, partners } = snapshot.context;
  const steps = partnerStepsOf(snapshot);
  const partner = (p: 0 | 1): PartnerFrame => {
    const { score, heartRate, flooded } = partners[p];
    return { step: steps[p], score, heartRate, flooded };
  };
  return { turn, state: snapshot.value, partners: [partner(0), partner(1)] };
}
