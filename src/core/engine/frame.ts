/** A frame: what one moment of the dance shows — the same shape in the CLI, the exported module and the app. */
import type { Dance } from './dance';

export interface PartnerFrame {
  readonly step: string;
  readonly score: number;
  readonly heartRate: number;
  readonly flooded: boolean;
}

export interface Frame {
  readonly turn: number;
  /** The machine's state value, e.g. `{ loop: { partner0: 'perception', partner1: 'move' } }` or `'reconnected'`. */
  readonly state: unknown;
  readonly partners: readonly [PartnerFrame, PartnerFrame];
}

/**
 * The frame of a machine snapshot.
 *
 * @example
 * frameOf(actor.getSnapshot()); // { turn: 3, state: { loop: … }, partners: [ … ] }
 */
export function frameOf(snapshot: { readonly value: unknown; readonly context: Dance }): Frame {
  const { turn, partners } = snapshot.context;
  const partner = ({
    step,
    score,
    heartRate,
    flooded,
  }: Dance['partners'][number]): PartnerFrame => ({
    step,
    score,
    heartRate,
    flooded,
  });
  return { turn, state: snapshot.value, partners: [partner(partners[0]), partner(partners[1])] };
}
