/** The chart in words: the summary a screen reader hears, and the rows of its data table. */
import { outcomeOf, type Frame } from '../../core';
import { findGaps, signed } from './chartScales';
import { lastShown, showsBaseline, type RepairMark } from './chartLayout';

/** How many of the latest turns the chart's data table lists. */
export const TABLE_TURNS = 10;

const OUTCOME_WORDS: Readonly<Record<RepairMark['outcome'], string>> = {
  landed: 'landed',
  failed: 'failed',
  break: 'taken',
  ignored: 'not in this map',
};

/**
 * One sentence (or a few) on what the chart shows, up to the last frame shown; then, when the
 * chart draws the dance without repair (`showsBaseline`), one on how that dance ends.
 *
 * @example
 * chartSummary(['Theo', 'Priya'], frames, 57, false, []);
 * // 'Scores from turn 0 to 57: Theo from −2 to −24, Priya from −1 to −24; both flooded from turn 38; disengaged at turn 57.'
 */
export function chartSummary(
  names: readonly [string, string],
  frames: readonly Frame[],
  currentIndex: number,
  showFuture: boolean,
  repairs: readonly RepairMark[],
  baseline?: readonly Frame[],
): string {
  const to = lastShown(frames, currentIndex, showFuture);
  if (to < 0) return 'No turns to show yet.';
  const first = frames[0]!;
  const last = frames[to]!;
  const scores = names
    .map((name, p) => {
      const from = signed(first.partners[p as 0 | 1].score);
      const now = signed(last.partners[p as 0 | 1].score);
      return to === 0 ? `${name} at ${from}` : `${name} from ${from} to ${now}`;
    })
    .join(', ');
  const parts = [
    to === 0
      ? `Scores at turn ${first.turn}: ${scores}`
      : `Scores from turn ${first.turn} to ${last.turn}: ${scores}`,
    floodingPhrase(names, frames, to),
  ];
  for (const gap of findGaps(frames)) {
    if (gap.before + 1 <= to) {
      parts.push(`a ${Math.round(gap.minutes)}-minute break after turn ${gap.fromTurn}`);
    }
  }
  const tried = repairs
    .filter((r) => r.index >= 0 && r.index <= to && r.outcome !== 'break')
    .map(
      (r) =>
        `${names[r.by]}’s ${inSentence(r.label)} ${OUTCOME_WORDS[r.outcome]} at turn ${frames[r.index]!.turn}`,
    );
  if (tried.length > 0) parts.push(`repairs: ${tried.join(', ')}`);
  const outcome = outcomeOf(last.state);
  if (outcome !== 'unresolved') {
    parts.push(`${outcome} at turn ${last.turn}`);
  }
  const summary = `${parts.join('; ')}.`;
  return showsBaseline(baseline, repairs) ? `${summary} ${baselineSentence(baseline)}` : summary;
}

/**
 * How the same seed's dance ends without repair, from its last frame.
 *
 * @example
 * baselineSentence(sessionFrames(polkaAlone));
 * // 'Without the repairs, the same dance ends disengaged at turn 57.'
 */
export function baselineSentence(baseline: readonly Frame[]): string {
  const last = baseline[baseline.length - 1];
  if (last === undefined) return '';
  const outcome = outcomeOf(last.state);
  return outcome !== 'unresolved'
    ? `Without the repairs, the same dance ends ${outcome} at turn ${last.turn}.`
    : `Without the repairs, the same dance is still going at turn ${last.turn}.`;
}

/**
 * When flooding began (and, if it has, ended) among the frames shown: for both partners at once
 * when that happened, else for each one.
 */
export function floodingPhrase(
  names: readonly [string, string],
  frames: readonly Frame[],
  to: number,
): string {
  const shown = frames.slice(0, to + 1);
  const span = (flooded: (frame: Frame) => boolean) => {
    const start = shown.findIndex(flooded);
    if (start === -1) return null;
    const stop = shown.findIndex((frame, i) => i > start && !flooded(frame));
    const from = `from turn ${shown[start]!.turn}`;
    return stop === -1 ? from : `${from} to ${shown[stop - 1]!.turn}`;
  };
  const both = span((f) => f.partners[0].flooded && f.partners[1].flooded);
  if (both !== null) return `both flooded ${both}`;
  const each = names.flatMap((name, p) => {
    const own = span((f) => f.partners[p as 0 | 1].flooded);
    return own === null ? [] : [`${name} flooded ${own}`];
  });
  return each.length === 0 ? 'neither flooded' : each.join(', ');
}

export interface TableRow {
  /** The frame's index (two frames can share a turn: a repair the map does not know takes none). */
  readonly index: number;
  readonly turn: number;
  readonly cells: readonly string[];
}

/** The last few turns shown, as numbers; a flooded heart says so in words. */
export function tableRows(
  frames: readonly Frame[],
  currentIndex: number,
  showFuture: boolean,
  count = TABLE_TURNS,
): TableRow[] {
  const to = lastShown(frames, currentIndex, showFuture);
  const from = Math.max(0, to - count + 1);
  return frames.slice(from, to + 1).map((frame, k) => ({
    index: from + k,
    turn: frame.turn,
    cells: frame.partners.flatMap((p) => [
      signed(p.score),
      `${Math.round(p.heartRate)}${p.flooded ? ' (flooded)' : ''}`,
    ]),
  }));
}

/** "Soft reach" → "soft reach", but "A.R.E. response" stays as it is. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
