/**
 * How the dance ended, or where it is on the repair path, in words that fit the dance that ended:
 * who is flooded, who is still protesting, who has shut down — and the therapist, when there is one.
 */
import {
  TAG,
  type CycleMap,
  type Dance,
  type DanceSnapshot,
  type PartnerIndex,
  type RepairNote,
} from '../../core';
import { repairStageOf } from './loopReading';
import type { News } from './news';
import { quoted } from './quote';
import { nameOf } from './stepWords';

/** How one partner is apart when the dance disengages. */
type Apart = 'flooded' | 'protesting' | 'shutDown';

function apartOf(map: CycleMap, now: Dance, i: PartnerIndex): Apart {
  if (now.partners[i].flooded) return 'flooded';
  const { position } = map.partners[i];
  return position === 'pursuer' || position === 'blamer' ? 'protesting' : 'shutDown';
}

function apartWords(map: CycleMap, now: Dance): string {
  const [a, b] = [apartOf(map, now, 0), apartOf(map, now, 1)];
  const both = `${nameOf(map, 0)} and ${nameOf(map, 1)}`;
  if (a === b && a === 'flooded') return `${both} are both flooded`;
  if (a === b && a === 'shutDown') return `${both} have both shut down`;
  const one = (i: PartnerIndex, apart: Apart) =>
    apart === 'flooded'
      ? `${nameOf(map, i)} is flooded`
      : apart === 'protesting'
        ? `${nameOf(map, i)} is still protesting, worn down and no longer heard`
        : `${nameOf(map, i)} has shut down`;
  return `${one(0, a)}, and ${one(1, b)}`;
}

/** The dance's ending at this moment, or that the talk's time ran out (`lastMoment`), if so. */
export function endNews(map: CycleMap, snapshot: DanceSnapshot, lastMoment: boolean): News | null {
  const now = snapshot.context;
  if (snapshot.hasTag(TAG.reconnected)) {
    return {
      full: [
        `Reconnected: the loop is broken, and ${nameOf(map, 0)} and ${nameOf(map, 1)} turn toward each other.`,
      ],
      essential: true,
    };
  }
  if (snapshot.hasTag(TAG.disengaged)) {
    const help = now.therapistPresent
      ? 'With the therapist in the room, this is the moment to slow everything down and help each body calm before anyone tries to talk it through.'
      : 'This is when outside help matters most.';
    return {
      full: [
        `Disengaged: ${apartWords(map, now)}; for a long stretch neither has been able to reach the other.`,
        help,
      ],
      essential: true,
    };
  }
  if (lastMoment && snapshot.hasTag(TAG.loop)) {
    const first = 'The talk ends here with the loop still running: unresolved.';
    return {
      full: [
        first,
        now.therapistPresent
          ? 'Nothing was settled, and nothing is lost: with the therapist, the same dance will be there to work on.'
          : 'Nothing was settled, and nothing is lost — the same dance will be there to work on.',
      ],
      short: first,
      essential: true,
    };
  }
  return null;
}

/** The step of the repair path this moment is on, after a repair by `note.by` has landed. */
export function repairPathNews(
  map: CycleMap,
  snapshot: DanceSnapshot,
  note: RepairNote | null,
): News | null {
  const stage = repairStageOf(snapshot);
  if (stage === null) return null;
  const by: PartnerIndex = note?.by ?? 0;
  const maker = nameOf(map, by);
  const receiver = nameOf(map, by === 0 ? 1 : 0);
  const sentence =
    stage === 'pause'
      ? `${maker} and ${receiver} pause the dance.`
      : stage === 'softReach'
        ? reachSentence(maker, map.partners[by].layers.primaryEmotion)
        : `${receiver} responds to ${maker}: accessible, responsive, engaged.`;
  return { full: [sentence], essential: false };
}

function reachSentence(maker: string, primaryEmotion: string): string {
  const words = quoted(primaryEmotion);
  return words === null
    ? `${maker} reaches from the softer feeling underneath.`
    : `${maker} reaches from the softer feeling underneath: ${words}`;
}
