/**
 * The live narration: for each moment of the dance, what just happened — in at most two
 * sentences, in the narrator's voice, with each partner's own words quoted. When several things
 * happen at once the ending comes first, then a repair, flooding, the loop's state word and the
 * step. Also the message about the last repair tried.
 */
import {
  loopPositionOf,
  TAG,
  type CycleMap,
  type DanceSnapshot,
  type PartnerIndex,
} from '../../core';
import type { StudioSnapshot } from '../studio';
import { calmNews, floodNews } from './bodyWords';
import { cueNews, toldCues } from './cueWords';
import { danceOf, indexOf } from './dance';
import { endNews, repairPathNews } from './endWords';
import { loopReadingOf } from './loopReading';
import { fitNews, type News } from './news';
import { repairMessage, repairNews } from './repairWords';
import { nameOf, stepSentence } from './stepWords';

export { MAX_SENTENCES } from './news';
export { quoted, quotedInline } from './quote';
export { CUE_SENTENCES } from './cueWords';
export { repairMessage } from './repairWords';
export { stepSentence } from './stepWords';

const toldCache = new WeakMap<readonly DanceSnapshot[], readonly string[]>();

/** The loop's word as the narration tells it at each moment of a session (see `toldCues`). */
function toldCuesOf(snapshots: readonly DanceSnapshot[]): readonly string[] {
  let told = toldCache.get(snapshots);
  if (told === undefined)
    toldCache.set(snapshots, (told = toldCues(snapshots.map((s) => loopReadingOf(s).cue))));
  return told;
}

/** Whether a repair was tried on the way into moment `index` (its note is new there). */
function isRepairMoment(snapshots: readonly DanceSnapshot[], index: number): boolean {
  const note = snapshots[index]?.context.lastRepair ?? null;
  return index > 0 && note !== null && note !== snapshots[index - 1]!.context.lastRepair;
}

/** How many times in a row, up to moment `index`, the same partner has tried the same repair. */
function timesInARow(snapshots: readonly DanceSnapshot[], index: number): number {
  const note = snapshots[index]!.context.lastRepair!;
  let times = 1;
  for (let i = index - 1; isRepairMoment(snapshots, i); i--) {
    const before = snapshots[i]!.context.lastRepair!;
    if (before.by !== note.by || before.repair !== note.repair) break;
    times += 1;
  }
  return times;
}

/** The step the loop just took, with the crossing or the new round it began, if it moved. */
function stepNews(
  map: CycleMap,
  now: DanceSnapshot,
  before: DanceSnapshot | undefined,
): News | null {
  if (!now.hasTag(TAG.loop)) return null;
  const { partner, step, index } = loopPositionOf(now);
  const sentence = stepSentence(map, partner, step);
  if (before === undefined) {
    return {
      full: [`The dance begins: ${nameOf(map, 1)}'s move sets off ${nameOf(map, 0)}.`, sentence],
      short: sentence,
      essential: false,
    };
  }
  const was = loopPositionOf(before);
  if (was.partner === partner && was.step === step) return null;
  if (index !== 0 || was.partner === partner) return { full: [sentence], essential: false };
  const other: PartnerIndex = partner === 0 ? 1 : 0;
  const crossing =
    now.context.round > before.context.round
      ? `${nameOf(map, other)}'s move sets off ${nameOf(map, partner)}: round ${now.context.round} begins.`
      : `${nameOf(map, other)}'s move sets off ${nameOf(map, partner)}.`;
  return { full: [crossing, sentence], short: sentence, essential: false };
}

/**
 * The sentences of moment `index` (never more than `MAX_SENTENCES`).
 *
 * @example
 * narrationSentences(polka, session.snapshots, 0);
 * // ["The dance begins: Priya's move sets off Theo.", 'What Theo notices: “Priya says ‘I'm fine’ …”']
 */
export function narrationSentences(
  map: CycleMap,
  snapshots: readonly DanceSnapshot[],
  index: number,
): string[] {
  const now = snapshots[index];
  if (now === undefined) return [];
  const before = index > 0 ? snapshots[index - 1] : undefined;
  const note = now.context.lastRepair;
  const told = toldCuesOf(snapshots);
  const news = [
    endNews(map, now, index === snapshots.length - 1),
    isRepairMoment(snapshots, index)
      ? repairNews(map, note!, now.context, timesInARow(snapshots, index))
      : null,
    floodNews(map, now.context, before?.context),
    calmNews(map, now.context, before?.context),
    cueNews(told[index]!, before === undefined ? null : told[index - 1]!),
    repairPathNews(map, now, note),
    stepNews(map, now, before),
  ];
  return fitNews(news.filter((n): n is News => n !== null));
}

/** The narration of moment `index`, as one line. */
export function caption(map: CycleMap, snapshots: readonly DanceSnapshot[], index: number): string {
  return narrationSentences(map, snapshots, index).join(' ');
}

/** The narration of the moment on screen. */
export function narrationOf(s: StudioSnapshot): string {
  const dance = danceOf(s);
  return dance === null ? '' : caption(dance.map, dance.session.snapshots, indexOf(s));
}

/** The sentence about the last repair tried at or before the moment on screen, if any. */
export function repairMessageOf(s: StudioSnapshot): string | null {
  const dance = danceOf(s);
  if (dance === null) return null;
  const { map } = dance;
  const { events, snapshots } = dance.session;
  for (let i = Math.min(indexOf(s), events.length) - 1; i >= 0; i--) {
    if (events[i]!.type !== 'REPAIR') continue;
    const after = snapshots[i + 1]!.context;
    return after.lastRepair === null
      ? null
      : repairMessage(map, after.lastRepair, after, timesInARow(snapshots, i + 1));
  }
  return null;
}
