/**
 * The dance's clock as a person reads it: "Turn 12 · Round 2" while the talk runs without a
 * pause, and the time of the talk after a break — "After a 20-minute break · 24:06 · Round 3" —
 * since a break moves the clock on by its length and "Turn 241" would mean nothing.
 */
import { TURNS_PER_MINUTE, type DanceSnapshot } from '../../core';
import type { StudioSnapshot } from '../studio';
import { danceOf, indexOf, momentOf } from './dance';

const SECONDS_PER_TURN = 60 / TURNS_PER_MINUTE;

/** "24:06": a turn as minutes and seconds of the talk. */
export function talkTime(turn: number): string {
  const seconds = Math.round(turn * SECONDS_PER_TURN);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The breaks taken up to a moment: how many, and how many turns they moved the clock on. */
export interface BreaksTaken {
  readonly count: number;
  readonly turns: number;
}

const breaksBySession = new WeakMap<readonly DanceSnapshot[], readonly BreaksTaken[]>();

/** For each moment, the breaks taken up to it (each a jump of the clock between two moments). */
function breaksTaken(snapshots: readonly DanceSnapshot[]): readonly BreaksTaken[] {
  let taken = breaksBySession.get(snapshots);
  if (taken === undefined) {
    let count = 0;
    let turns = 0;
    taken = snapshots.map((snapshot, i) => {
      const before = snapshots[i - 1];
      const jump = before === undefined ? 0 : snapshot.context.turn - before.context.turn - 1;
      if (jump > 0) {
        count += 1;
        turns += jump;
      }
      return { count, turns };
    });
    breaksBySession.set(snapshots, taken);
  }
  return taken;
}

/** The clock's words for a moment, given the breaks taken before it. */
export function clockText(turn: number, round: number, breaks: BreaksTaken): string {
  if (breaks.count === 0) return `Turn ${turn} · Round ${round}`;
  const minutes = Math.round(breaks.turns / TURNS_PER_MINUTE);
  const after =
    breaks.count === 1
      ? `After a ${minutes}-minute break`
      : `After ${breaks.count} breaks (${minutes} minutes)`;
  return `${after} · ${talkTime(turn)} · Round ${round}`;
}

/**
 * @example
 * clockOf(studio.getSnapshot()); // 'Turn 12 · Round 2', or 'After a 20-minute break · 24:06 · Round 3'
 */
export function clockOf(s: StudioSnapshot): string | null {
  const dance = danceOf(s);
  const moment = momentOf(s);
  if (dance === null || moment === null) return null;
  const breaks = breaksTaken(dance.session.snapshots)[indexOf(s)] ?? { count: 0, turns: 0 };
  return clockText(moment.context.turn, moment.context.round, breaks);
}
