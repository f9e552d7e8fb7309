/** The words of the dance: a caption for each moment, and what a repair did and why — in the map's own words. */
import {
  floodLine,
  loopPositionOf,
  repairLabelOf,
  stepsOf,
  TAG,
  type CycleMap,
  type Dance,
  type DanceSnapshot,
  type RepairNote,
} from '../../core';
import type { StudioSnapshot } from '../studio';
import { danceOf, indexOf } from './dance';
import { repairStageOf } from './loopReading';

/** How a step reads in a caption: "Theo tells himself: “I don't matter to her”". */
export function stepPhrase(map: CycleMap, partner: 0 | 1, stepId: string): string {
  const { name } = map.partners[partner];
  const step = stepsOf(map.partners[partner]).find((s) => s.id === stepId);
  const text = (step?.text ?? '').trim() || 'a step not explored yet';
  switch (step?.layer) {
    case 'trigger':
      return `${name} notices: ${text}`;
    case 'perception':
      return `${name} hears it as “${text}”`;
    case 'reactiveEmotion':
      return `${name} feels ${text}`;
    case 'move':
      return `${name}: ${text}`;
    default:
      return `${name}: ${text}`;
  }
}

/**
 * The caption for snapshot `index`: the last few steps of the loop as a chain, then what the body
 * and the dance are doing now.
 */
export function caption(map: CycleMap, snapshots: readonly DanceSnapshot[], index: number): string {
  const now = snapshots[index];
  if (now === undefined) return '';
  const chain: string[] = [];
  for (let i = Math.max(0, index - 3); i <= index; i++) {
    const { partner, step } = loopPositionOf(snapshots[i]!);
    const phrase = stepPhrase(map, partner, step);
    if (chain.at(-1) !== phrase) chain.push(phrase);
  }
  const parts = [`${chain.join(' → ')}${now.hasTag(TAG.loop) ? ' …' : '.'}`];
  const repair = now.context.lastRepair;
  const previous = snapshots[index - 1];
  if (repair !== null && previous !== undefined && previous.context.lastRepair !== repair) {
    parts.push(repairMessage(map, repair, now.context));
  }
  parts.push(...bodyNotes(map, now.context, previous?.context));
  const end = endNote(map, now);
  if (end !== '') parts.push(end);
  else if (index === snapshots.length - 1 && now.hasTag(TAG.loop)) {
    parts.push(
      'The talk ends here with the loop still running: unresolved. Nothing was settled, and nothing is lost — the same dance will be there to work on.',
    );
  }
  return parts.join(' ');
}

/** New flooding, said plainly, with what it means for listening and repair. */
function bodyNotes(map: CycleMap, now: Dance, before: Dance | undefined): string[] {
  return now.partners.flatMap((partner, i) => {
    const { name } = map.partners[i as 0 | 1];
    const line = Math.round(floodLine(map.partners[i as 0 | 1].dynamics));
    if (partner.flooded && before?.partners[i as 0 | 1].flooded !== true) {
      return [
        `${name} is flooded: heart at ${Math.round(partner.heartRate)} bpm, above ${line}. The body is in fight-or-flight; listening and repair can't get through until it calms.`,
      ];
    }
    if (partner.flooded)
      return [`${name} is still flooded (${Math.round(partner.heartRate)} bpm).`];
    if (!partner.flooded && before?.partners[i as 0 | 1].flooded === true) {
      return [`${name}'s body has calmed (${Math.round(partner.heartRate)} bpm).`];
    }
    return [];
  });
}

function endNote(map: CycleMap, snapshot: DanceSnapshot): string {
  const [a, b] = map.partners;
  if (snapshot.hasTag(TAG.reconnected)) {
    return `Reconnected: the loop is broken, and ${a.name} and ${b.name} turn toward each other.`;
  }
  if (snapshot.hasTag(TAG.disengaged)) {
    const who = map.partners.map((partner, i) =>
      apartWords(partner, snapshot.context.partners[i as 0 | 1]),
    );
    const help = snapshot.context.therapistPresent
      ? 'With the therapist in the room, this is the moment to slow everything down and help each body calm before anyone tries to talk it through.'
      : 'This is when outside help matters most.';
    return `Disengaged: ${who[0]}, and ${who[1]}; for a long stretch neither has been able to reach the other. ${help}`;
  }
  const stage = repairStageOf(snapshot);
  if (stage !== null) {
    return stage === 'pause'
      ? 'They pause the dance.'
      : stage === 'softReach'
        ? 'One reaches from the softer feeling underneath.'
        : 'The other responds: accessible, responsive, engaged.';
  }
  return '';
}

/** How one partner is apart when the dance disengages: flooded, still pursuing unheard, or shut down. */
function apartWords(
  partner: CycleMap['partners'][number],
  state: Dance['partners'][number],
): string {
  if (state.flooded) return `${partner.name} is flooded`;
  if (partner.position === 'pursuer' || partner.position === 'blamer')
    return `${partner.name} is still protesting, worn down and no longer heard`;
  return `${partner.name} has shut down`;
}

const percent = (chance: number) => `${Math.round(chance * 100)} %`;

/** What happened to a repair, and why, in a sentence or two a couple understands. */
export function repairMessage(map: CycleMap, note: RepairNote, now: Dance): string {
  const maker = map.partners[note.by];
  const receiver = map.partners[note.by === 0 ? 1 : 0];
  const label = repairLabelOf(maker, note.repair).toLowerCase();
  switch (note.outcome) {
    case 'landed':
      return `${maker.name}'s ${label} lands (it had a ${percent(note.chance)} chance here): ${receiver.name} can take it in, and the dance pauses.`;
    case 'break': {
      const minutes = map.simulation.repair.breakMinutes;
      const hearts = now.partners
        .map((p, i) => `${map.partners[i as 0 | 1].name} ${Math.round(p.heartRate)} bpm`)
        .join(', ');
      return `${maker.name} takes a ${minutes}-minute break to self-soothe, promising to come back. Hearts calm down (${hearts}); the dance is paused, not over.`;
    }
    case 'ignored':
      return `${maker.name} has no repair called “${note.repair}” in this map.`;
    case 'failed':
      if (note.reason === 'receiverFlooded') {
        return `${receiver.name} is flooded at ${Math.round(note.receiverHeartRate)} bpm — the ${label} can't land yet; a ${map.simulation.repair.breakMinutes}-minute break first. A missed repair also counts as one more hurt.`;
      }
      if (note.reason === 'sentimentOverride') {
        return `${receiver.name} is so deep in the dance that even kind words sound hostile (negative sentiment override): the ${label} didn't land (${percent(note.chance)} chance). Calmer first, then try again.`;
      }
      return `The ${label} didn't land this time (${percent(note.chance)} chance); a missed repair counts as one more hurt. Trying again, a little softer, can still work.`;
  }
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
    return after.lastRepair === null ? null : repairMessage(map, after.lastRepair, after);
  }
  return null;
}
