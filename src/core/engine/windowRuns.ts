/**
 * The repair-window analysis's inner loop, on plain numbers: a run's dance is ten numbers in a
 * `Float64Array` changed in place, so a turn allocates nothing. Each formula is the one in
 * `turn.ts`, `body.ts`, `repair.ts`, `step.ts`, `influence.ts` and `random.ts`, written out with
 * the same operations in the same order (only constants of the map are computed once), so every
 * figure is bit for bit what those functions give; tests compare the two run by run.
 */
import { seedState } from '../dynamics/random';
import { SCORE_MAX, SCORE_MIN } from '../dynamics/scoreScale';
import { REPAIR_PATH } from './machine';
import { MAX_LANDING } from './repair';
import type { Side, WindowCounts, WindowModel } from './windowModel';

// Where each number of a run's dance lives: partner p's score at 1 + 3p, heart at 2 + 3p,
// flooded (0 or 1) at 3 + 3p; how far into the run's stream of uniforms it is; the two tallies.
const TURN = 0;
const DRAWN = 7;
const DISCONNECTED = 8;
const SETTLED = 9;
const DANCE_SIZE = 10;
const scoreSlot = (p: number) => 1 + 3 * p;

const TWO_TO_32 = 4294967296;
/** A playout not computed yet (a computed one is a turn ≥ 0, or −1 for no reconnection). */
const NOT_YET = -2;
const NOT_RECONNECTED = -1;
/** How a dance ends by itself (0: it has not). */
const DISENGAGES = 1;
const SETTLES = 2;

/**
 * A run's draws. Every path of a run reads one stream of uniforms (the main line and a break's
 * playout from its even places, a failed repair's playout from its odd places, after the attempt's
 * own draw), so each uniform, and each normal made of the two from a place on, is drawn once per
 * run and read by every playout: the same numbers the generator would give each path afresh.
 */
interface Draws {
  /** The generator's four words and how many uniforms it has made this run. */
  readonly generator: Float64Array;
  readonly uniforms: Float64Array;
  /** `normals[i]`: Box–Muller from uniforms i and i + 1; NaN until needed. */
  readonly normals: Float64Array;
}

/**
 * Plays runs `fromRun` up to (not including) `toRun`, run r seeded with `seedOf(r)`, adding each
 * window's reconnections to `counts`; `afterRun` is called after each run.
 */
export function countRuns(
  k: WindowModel,
  seedOf: (run: number) => number,
  fromRun: number,
  toRun: number,
  counts: WindowCounts,
  afterRun?: (run: number) => void,
): void {
  const dance = new Float64Array(DANCE_SIZE);
  const work = new Float64Array(DANCE_SIZE);
  // The main line draws two uniforms a cell, a playout two a TICK from its cell on, an attempt one.
  const places = 2 * Math.max(k.ticks, k.cells) + 2;
  const draws: Draws = {
    generator: new Float64Array(5),
    uniforms: new Float64Array(places),
    normals: new Float64Array(places),
  };
  const { wins, turns, breaks } = counts;
  const offsets = [0, k.sides[0].isBreak.length];
  for (let run = fromRun; run < toRun; run++) {
    start(k, dance, draws, seedOf(run));
    let partner = 0;
    let index = 0;
    let ended = false;
    let endedTurn = NOT_RECONNECTED;
    for (let c = 0; c < k.cells; c++) {
      const left = k.ticks - c;
      const base = c * k.slots;
      if (!ended && left > 0) {
        let breakTurn = NOT_YET;
        for (let by = 0; by < 2; by++) {
          const side = k.sides[by]!;
          // Every attempt draws one uniform; a failed one plays out the same whatever its kind.
          const u = uniformAt(draws, dance[DRAWN]!);
          let failTurn = NOT_YET;
          const receiver = scoreSlot(1 - by);
          const flooded = dance[receiver + 2] === 1;
          const override = flooded ? 0 : overrideFactor(k, dance[receiver]!);
          const timing =
            partner !== by
              ? k.duringOther
              : index < k.sides[partner]!.moveIndex
                ? k.beforeMove
                : k.afterMove;
          for (let j = 0; j < side.isBreak.length; j++) {
            const slot = base + offsets[by]! + j;
            let end: number;
            let tookBreak = 0;
            if (side.isBreak[j]) {
              if (breakTurn === NOT_YET) {
                work.set(dance);
                takeBreak(k, work);
                breakTurn = playOut(k, work, draws, partner, index, left);
              }
              end = breakTurn;
              tookBreak = 1;
            } else {
              const chance = flooded
                ? 0
                : Math.min(MAX_LANDING, side.landing[j]! * override * timing * k.therapistLanding);
              if (u < chance) {
                end = left >= REPAIR_PATH.length ? dance[TURN]! + REPAIR_PATH.length : -1;
              } else {
                if (failTurn === NOT_YET) {
                  work.set(dance);
                  work[DRAWN] = dance[DRAWN]! + 1;
                  failRepair(k, work, by);
                  failTurn = playOut(k, work, draws, partner, index, left);
                }
                end = failTurn;
              }
            }
            if (end >= 0) {
              wins[slot]! += 1;
              turns[slot]! += end;
              breaks[slot]! += tookBreak;
            }
          }
        }
      } else if (ended && endedTurn >= 0) {
        for (let slot = base; slot < base + k.slots; slot++) {
          wins[slot]! += 1;
          turns[slot]! += endedTurn;
        }
      }
      if (!ended && c + 1 < k.cells) {
        // One TICK of the main line: a playout of one turn, from here.
        playOut(k, dance, draws, partner, index, 1);
        if (index + 1 < k.sides[partner]!.steps) {
          index++;
        } else {
          partner = 1 - partner;
          index = 0;
        }
        const end = endOf(k, dance);
        if (end !== 0) {
          ended = true;
          endedTurn = end === SETTLES ? dance[TURN]! : NOT_RECONNECTED;
        }
      }
    }
    afterRun?.(run);
  }
}

/** `initialDance`: both partners at their set points, resting hearts, the run's generator. */
function start(k: WindowModel, dance: Float64Array, draws: Draws, seed: number): void {
  dance.fill(0);
  for (let p = 0; p < 2; p++) {
    const side = k.sides[p]!;
    dance[scoreSlot(p)] = side.setPoint;
    dance[scoreSlot(p) + 1] = side.restingHeartRate;
  }
  const rng = seedState(seed);
  for (let i = 0; i < 4; i++) draws.generator[i] = rng[i]!;
  draws.generator[4] = 0;
  draws.normals.fill(NaN);
}

/** Uniform number `place` of the run's stream: `nextUniform` (sfc32), drawn when first asked for. */
function uniformAt(draws: Draws, place: number): number {
  const g = draws.generator;
  for (let made = g[4]!; made <= place; made++) {
    const a = g[0]!;
    const b = g[1]!;
    const c = g[2]!;
    const d = g[3]!;
    const t = (((a + b) | 0) + d) | 0;
    const rotated = (c << 21) | (c >>> 11);
    g[0] = (b ^ (b >>> 9)) >>> 0;
    g[1] = (c + (c << 3)) >>> 0;
    g[2] = (rotated + t) >>> 0;
    g[3] = (d + 1) >>> 0;
    g[4] = made + 1;
    draws.uniforms[made] = (t >>> 0) / TWO_TO_32;
  }
  return draws.uniforms[place]!;
}

/** `nextNormal` from uniforms `place` and `place + 1`: Box–Muller, computed once per run. */
function normalAt(draws: Draws, place: number): number {
  const known = draws.normals[place]!;
  if (known === known) return known; // not NaN
  const u1 = uniformAt(draws, place);
  const u2 = uniformAt(draws, place + 1);
  const radius = Math.sqrt(-2 * Math.log(1 - u1));
  const z = radius * Math.cos(2 * Math.PI * u2);
  draws.normals[place] = z;
  return z;
}

/** `nextScore` after the cold dance's floor: `a + inertia·own + I(heard) + noise`, clamped. */
function scoreAfter(side: Side, own: number, heard: number, floor: number, noise: number): number {
  const x = Math.max(heard, floor);
  const bilinear = x < 0 ? side.negativeInfluence * x : side.positiveInfluence * x;
  const u = x - side.repairThreshold;
  const repair = u >= 0 ? 0 : (side.repairStrength * (Math.abs(u) - u)) / (1 - u);
  const v = x - side.dampingThreshold;
  const damping = v <= 0 ? 0 : (side.negatedDamping * (Math.abs(v) + v)) / (1 + v);
  const next = side.intercept + side.inertia * own + (bilinear + repair + damping) + noise;
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, next));
}

/** `nextHeartRate` at this score, in the room's regulation (flooding is `> side.floodLine`). */
function heartAfter(side: Side, heartRate: number, score: number, numb: number): number {
  const negativity = Math.max(0, -score - numb);
  const excess = heartRate - side.restingHeartRate;
  const rise = side.rise * negativity * Math.max(0, 1 - excess / side.headroom);
  return heartRate + rise - side.recovery * excess;
}

/** `respond` for both partners, then `tally`: what follows a change of scores. */
function respondAndTally(k: WindowModel, s: Float64Array): void {
  for (let p = 0; p < 2; p++) {
    const side = k.sides[p]!;
    const at = scoreSlot(p);
    const heartRate = heartAfter(side, s[at + 1]!, s[at]!, k.numb);
    s[at + 1] = heartRate;
    s[at + 2] = heartRate > side.floodLine ? 1 : 0;
  }
  const a = s[1]!;
  const aFlooded = s[3] === 1;
  const b = s[4]!;
  const bFlooded = s[6] === 1;
  const apart = (aFlooded || a <= k.withdrawnScore) && (bFlooded || b <= k.withdrawnScore);
  const calm = a >= k.settleScore && !aFlooded && b >= k.settleScore && !bFlooded;
  s[DISCONNECTED] = apart ? s[DISCONNECTED]! + 1 : 0;
  s[SETTLED] = calm ? s[SETTLED]! + 1 : 0;
}

/** `failRepair`: the receiver hears one more negative move (the attempt has already drawn). */
function failRepair(k: WindowModel, s: Float64Array, by: number): void {
  const receiver = 1 - by;
  const heard = Math.min(s[scoreSlot(by)]!, k.failedScore);
  const at = scoreSlot(receiver);
  s[at] = scoreAfter(k.sides[receiver]!, s[at]!, heard, k.heardFloor, 0);
  s[TURN] = s[TURN]! + 1;
  respondAndTally(k, s);
}

/** `takeBreak`, without moving the clock (the counts add the break's turns at the end). */
function takeBreak(k: WindowModel, s: Float64Array): void {
  for (let p = 0; p < 2; p++) {
    const side = k.sides[p]!;
    const at = scoreSlot(p);
    const heartRate =
      side.restingHeartRate + (s[at + 1]! - side.restingHeartRate) * side.breakHeart;
    s[at] = side.setPoint + (s[at]! - side.setPoint) * side.breakScore;
    s[at + 1] = heartRate;
    s[at + 2] = heartRate > side.floodLine ? 1 : 0;
  }
  s[DISCONNECTED] = 0;
  s[SETTLED] = 0;
}

/** `overrideFactor`: negative sentiment override for the receiver's score. */
function overrideFactor(k: WindowModel, receiverScore: number): number {
  const logistic = 1 / (1 + Math.exp(-(receiverScore - k.overrideScore) / k.overrideWidth));
  return Math.min(1, logistic / k.overrideAtZero);
}

/** The statechart's `always` transitions out of the loop, in the same order: 0 if neither. */
function endOf(k: WindowModel, s: Float64Array): number {
  if (s[DISCONNECTED]! >= k.disengageTurns) return DISENGAGES;
  if (s[SETTLED]! >= k.settleTurns) return SETTLES;
  return 0;
}

/**
 * TICKs until the dance ends by itself or the TICKs run out, each a `takeTurn` for the partner
 * whose step comes next (after a partner's last step, the crossing to the other's trigger). The
 * dance is held in locals and written back at the end. Gives the turn it reconnects, or −1.
 */
function playOut(
  k: WindowModel,
  s: Float64Array,
  draws: Draws,
  from: number,
  at: number,
  ticks: number,
): number {
  const [side0, side1] = k.sides;
  const { numb, heardFloor, withdrawnScore, settleScore, disengageTurns, settleTurns } = k;
  let partner = from;
  let index = at;
  let turn = s[TURN]!;
  let drawn = s[DRAWN]!;
  let score0 = s[1]!;
  let heart0 = s[2]!;
  let flooded0 = s[3] === 1;
  let score1 = s[4]!;
  let heart1 = s[5]!;
  let flooded1 = s[6] === 1;
  let disconnected = s[DISCONNECTED]!;
  let settled = s[SETTLED]!;
  for (
    let left = ticks;
    disconnected < disengageTurns && settled < settleTurns && left > 0;
    left--
  ) {
    if (index + 1 < k.sides[partner]!.steps) {
      index++;
    } else {
      partner = 1 - partner;
      index = 0;
    }
    const noise = k.noise * normalAt(draws, drawn);
    drawn += 2;
    if (partner === 0) score0 = scoreAfter(side0, score0, score1, heardFloor, noise);
    else score1 = scoreAfter(side1, score1, score0, heardFloor, noise);
    heart0 = heartAfter(side0, heart0, score0, numb);
    flooded0 = heart0 > side0.floodLine;
    heart1 = heartAfter(side1, heart1, score1, numb);
    flooded1 = heart1 > side1.floodLine;
    turn++;
    const apart = (flooded0 || score0 <= withdrawnScore) && (flooded1 || score1 <= withdrawnScore);
    const calm = score0 >= settleScore && !flooded0 && score1 >= settleScore && !flooded1;
    disconnected = apart ? disconnected + 1 : 0;
    settled = calm ? settled + 1 : 0;
  }
  s[TURN] = turn;
  s[DRAWN] = drawn;
  s[1] = score0;
  s[2] = heart0;
  s[3] = flooded0 ? 1 : 0;
  s[4] = score1;
  s[5] = heart1;
  s[6] = flooded1 ? 1 : 0;
  s[DISCONNECTED] = disconnected;
  s[SETTLED] = settled;
  return endOf(k, s) === SETTLES ? turn : NOT_RECONNECTED;
}
