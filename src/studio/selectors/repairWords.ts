/**
 * A repair tried, in words: who tried which, in the repair's own words from the map, and what it
 * did and why — for the narration (two sentences at most) and for the repair palette's message.
 */
import {
  repairsOf,
  type CycleMap,
  type Dance,
  type PartnerIndex,
  type RepairKind,
  type RepairNote,
} from '../../core';
import type { News } from './news';
import { quoted, quotedInline } from './quote';
import { nameOf } from './stepWords';

/** What trying each catalogue repair looks like, after the maker's name. */
const TRIES: Record<Exclude<RepairKind, 'selfSoothingBreak'>, string> = {
  nameTheCycle: 'names the cycle',
  gentleStartUp: 'tries a gentle start-up',
  softReach: 'tries a soft reach',
  areResponse: 'tries a reassuring A.R.E. response',
  takeResponsibility: 'takes responsibility',
  humourOrAffection: 'reaches out with humour or affection',
};

const percent = (chance: number) => `${Math.round(chance * 100)} %`;

/** "again", "a third time"…: how many times in a row the same repair has just been tried. */
function inARow(times: number): string {
  if (times <= 1) return '';
  const nth = ['', '', 'again', 'a third time', 'a fourth time', 'a fifth time'][times];
  return ` ${nth ?? `for the ${times}th time in a row`}`;
}

/** "Theo tries a soft reach" — what the maker does, as the narrator says it. */
function tries(map: CycleMap, note: RepairNote, times: number): string {
  const name = nameOf(map, note.by);
  const again = inARow(times);
  if (note.outcome === 'break')
    return `${name} takes a ${map.simulation.repair.breakMinutes}-minute break to self-soothe${again}`;
  const repair = repairsOf(map.partners[note.by]).find((r) => r.id === note.repair);
  if (repair === undefined) return `${name} reaches for a repair${again}`;
  if (repair.id === repair.playsAs && repair.playsAs !== 'selfSoothingBreak')
    return `${name} ${TRIES[repair.playsAs]}${again}`;
  // The label is the couple's own words, so it is quoted like them.
  return `${name} tries their own repair, ${quotedInline(repair.label)}${again}`;
}

/** The repair's own words from the map, if it has any. */
function wordsOf(map: CycleMap, note: RepairNote): string | null {
  const words = repairsOf(map.partners[note.by]).find((r) => r.id === note.repair)?.words;
  return words === undefined ? null : quoted(words);
}

const other = (by: PartnerIndex): PartnerIndex => (by === 0 ? 1 : 0);

/** What the repair did, in one sentence. */
function outcomeSentence(map: CycleMap, note: RepairNote, now: Dance): string {
  const receiver = nameOf(map, other(note.by));
  switch (note.outcome) {
    case 'landed':
      return `It lands (a ${percent(note.chance)} chance here): ${receiver} can take it in, and the dance pauses.`;
    case 'break': {
      const hearts = now.partners
        .map((p, i) => `${nameOf(map, i as PartnerIndex)} ${Math.round(p.heartRate)} bpm`)
        .join(', ');
      return `Hearts calm while they are apart (${hearts}); the dance is paused, not over.`;
    }
    case 'ignored':
      return `${nameOf(map, note.by)} has no repair ${quotedInline(note.repair)} in this map.`;
    case 'failed':
      if (note.reason === 'receiverFlooded')
        return `${receiver} is flooded at ${Math.round(note.receiverHeartRate)} bpm, so it can't land yet: a ${map.simulation.repair.breakMinutes}-minute break first.`;
      if (note.reason === 'sentimentOverride')
        return `It doesn't land (${percent(note.chance)} chance): ${receiver} is so deep in the dance that even kind words sound hostile.`;
      return `It doesn't land this time (${percent(note.chance)} chance); trying again, a little softer, can still work.`;
  }
}

/** "and it lands" — the outcome as the end of the maker's sentence, for the short form. */
function outcomeClause(map: CycleMap, note: RepairNote): string {
  switch (note.outcome) {
    case 'landed':
      return ', and it lands';
    case 'failed':
      return note.reason === 'receiverFlooded'
        ? `, and it can't land while ${nameOf(map, other(note.by))} is flooded`
        : ", and it doesn't land";
    default:
      return '';
  }
}

/**
 * The repair as news: its words, then what it did; in one sentence when the room is short.
 *
 * @example
 * repairNews(polka, note, dance, 1).full;
 * // ['Theo tries a soft reach: “When you turn back to the laptop, …”', 'It lands (a 68 % chance here): …']
 */
export function repairNews(map: CycleMap, note: RepairNote, now: Dance, times = 1): News {
  if (note.outcome === 'ignored')
    return { full: [outcomeSentence(map, note, now)], essential: true };
  const maker = tries(map, note, times);
  const words = wordsOf(map, note);
  const said = (lead: string) => (words === null ? `${lead}.` : `${lead}: ${words}`);
  return {
    full: [said(maker), outcomeSentence(map, note, now)],
    short: said(`${maker}${outcomeClause(map, note)}`),
    essential: true,
  };
}

/** A sentence more for the palette's message, where there is room to say why. */
function why(note: RepairNote): string | null {
  if (note.outcome !== 'failed') return null;
  if (note.reason === 'sentimentOverride')
    return 'That is negative sentiment override: calmer first, then try again.';
  return 'A missed repair also counts as one more hurt.';
}

/**
 * What happened to a repair, and why, in the map's own words: the message beside the repairs.
 *
 * @example
 * repairMessage(polka, note, dance);
 * // 'Theo tries a soft reach: “…” It lands (a 68 % chance here): Priya can take it in, and the dance pauses.'
 */
export function repairMessage(map: CycleMap, note: RepairNote, now: Dance, times = 1): string {
  const { full } = repairNews(map, note, now, times);
  const more = why(note);
  return (more === null ? full : [...full, more]).join(' ');
}
