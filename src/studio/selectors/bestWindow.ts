/** The one plain sentence about where a repair could break the loop, from the repair-window analysis. */
import {
  isCatalogueRepair,
  repairInSentence,
  repairLabelOf,
  stepsOf,
  type CycleMap,
  type RepairWindow,
} from '../../core';
import { quotedInline } from './quote';

/** "about 7 times in 10" — the way a couple or a therapist would say a share out loud. */
export function timesInTen(rate: number): string {
  const tens = Math.round(rate * 10);
  if (tens >= 10) return 'almost every time';
  if (tens <= 0) return 'rarely';
  return `about ${tens} ${tens === 1 ? 'time' : 'times'} in 10`;
}

/** A partner's words inside the sentence: quoted, so their "I" and "me" stay theirs. */
function words(text: string): string {
  return quotedInline(text.trim().replace(/[.,;:]+$/, '') || 'not written down yet');
}

function where(map: CycleMap, window: RepairWindow): string {
  const partner = map.partners[window.partner];
  const { name } = partner;
  const steps = stepsOf(partner);
  const index = steps.findIndex((s) => s.id === window.step);
  const step = steps[index];
  const text = words(step?.text ?? '');
  const moment =
    step?.layer === 'trigger'
      ? `when ${name} notices ${text}`
      : step?.layer === 'perception'
        ? `when ${name} takes it as ${text}`
        : step?.layer === 'reactiveEmotion'
          ? `when ${name} feels ${text}`
          : `at ${name}’s ${text}`;
  const moveIndex = steps.findIndex((s) => s.id === 'move');
  return index >= 0 && index < moveIndex
    ? `${moment}, before ${name}’s move, ${words(partner.layers.move)}`
    : moment;
}

/**
 * @example
 * bestWindowSentence(map, best);
 * // "The best place to break this loop: when Theo feels “frustrated, then angry”, before Theo’s move,
 * //  “I push harder…”, in round 1 —
 * //  a soft reach by Theo lands about 7 times in 10 here."
 */
export function bestWindowSentence(map: CycleMap, best: RepairWindow | null): string {
  if (best === null) {
    return 'In these runs no single repair broke this loop; the dance may need a break first, or help from a therapist.';
  }
  const maker = map.partners[best.by];
  // A catalogue repair in the narrator's words; a couple's own in theirs, quoted like their steps.
  const label = repairLabelOf(maker, best.repair);
  const named = isCatalogueRepair(best.repair)
    ? repairInSentence(best.repair, label)
    : quotedInline(label);
  return `The best place to break this loop: ${where(map, best)}, in round ${best.round} — a ${named} by ${maker.name} lands ${timesInTen(best.successRate)} here.`;
}
