/**
 * Where an extra step can go. The map stores each extra step as "follows step X", so moving one up
 * or down the partner's sequence, or adding one at a chosen place, means finding the single edit
 * that gives that sequence; core's `applyEdit` and `stepsOf` decide what each edit would do.
 */
import {
  ABOVE_THE_LINE,
  applyEdit,
  newMap,
  stepsOf,
  type CycleMap,
  type ExtraStep,
  type MapEdit,
  type Partner,
} from '../../core';

/** A move of one extra step: which one, and the step it will follow. */
export interface StepMove {
  readonly id: string;
  readonly after: string;
}

type MoveEdit = Extract<MapEdit, { kind: 'moveExtraStep' }>;

/** A place a new step can go: right after `follows`, by following `after`. */
export interface AddPlace {
  /** The step the new one comes right after in the sequence. */
  readonly follows: string;
  /** What the new step is stored as following (the same, unless other steps already follow it). */
  readonly after: string;
}

/** A throwaway map, so the core's own edits can be tried on a partner with these extra steps. */
const shell: CycleMap = newMap('editor-shell', '2000-01-01T00:00:00.000Z');
const partnerWith = (extraSteps: readonly ExtraStep[]): Partner => ({
  ...shell.partners[0],
  extraSteps,
});
const mapOf = (partner: Partner): CycleMap => ({
  ...shell,
  partners: [partner, shell.partners[1]],
});
const orderOf = (partner: Partner): string[] => stepsOf(partner).map((step) => step.id);
const tried = (partner: Partner, edit: MapEdit): string[] =>
  orderOf(applyEdit(mapOf(partner), edit, shell.updated).partners[0]);
const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** Every step a step can be stored as following: the four above the line and each extra step. */
const targetsOf = (partner: Partner): string[] => [
  ...ABOVE_THE_LINE,
  ...partner.extraSteps.map((step) => step.id),
];

/** The extra steps that follow `id`, directly or through others (they travel with it). */
function followersOf(partner: Partner, id: string): Set<string> {
  const followers = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const step of partner.extraSteps) {
      if ((step.after === id || followers.has(step.after)) && !followers.has(step.id)) {
        followers.add(step.id);
        grew = true;
      }
    }
  }
  return followers;
}

/**
 * The move of extra step `id` one place up (−1) or down (+1) in the sequence these extra steps
 * make, or null where it cannot go (nothing comes before the trigger; nothing after the last
 * step). The exact swap when one edit gives it; otherwise the step moves with the steps that
 * follow it. The order depends on the extra steps alone, so callers can keep the answer while only
 * the words change.
 *
 * @example
 * stepMove(theo.extraSteps, 'follows-her', -1); // { id: 'follows-her', after: 'reactiveEmotion' }
 */
export function stepMove(
  extraSteps: readonly ExtraStep[],
  id: string,
  direction: -1 | 1,
): StepMove | null {
  const partner = partnerWith(extraSteps);
  const order = orderOf(partner);
  const at = order.indexOf(id);
  const to = at + direction;
  if (at < 1 || to < 1 || to >= order.length) return null;
  const wanted = [...order];
  [wanted[at], wanted[to]] = [order[to]!, order[at]!];
  const moves = partner.extraSteps.flatMap((step) =>
    targetsOf(partner)
      .filter((after) => after !== step.id && after !== step.after)
      .map((after): MoveEdit => ({ kind: 'moveExtraStep', partner: 0, id: step.id, after })),
  );
  const exact = moves.find((edit) => same(tried(partner, edit), wanted));
  if (exact !== undefined) return { id: exact.id, after: exact.after };

  const block = new Set([id, ...followersOf(partner, id)]);
  const others = order.filter((step) => !block.has(step));
  const neighbour =
    direction < 0 ? order[at - 1] : order.slice(at).find((step) => !block.has(step));
  if (neighbour === undefined) return null;
  let best: { edit: MoveEdit; index: number } | null = null;
  for (const edit of moves.filter((move) => move.id === id)) {
    const result = tried(partner, edit);
    const index = result.indexOf(id);
    const passed =
      direction < 0 ? index < result.indexOf(neighbour) : index > result.indexOf(neighbour);
    const kept = same(
      result.filter((step) => !block.has(step)),
      others,
    );
    const closer = best === null || (direction < 0 ? index > best.index : index < best.index);
    if (result.length === order.length && passed && kept && closer) best = { edit, index };
  }
  return best === null ? null : { id: best.edit.id, after: best.edit.after };
}

/**
 * The places a new extra step can be added with one edit, in sequence order: right after each step
 * that has no step following it yet, or after the last of those that do.
 */
export function addPlaces(extraSteps: readonly ExtraStep[]): AddPlace[] {
  const partner = partnerWith(extraSteps);
  const order = orderOf(partner);
  const places: AddPlace[] = [];
  order.forEach((follows, i) => {
    const after = targetsOf(partner).find((target) => {
      const result = tried(partner, { kind: 'addExtraStep', partner: 0, after: target, text: '…' });
      const added = result.find((step) => !order.includes(step));
      return added !== undefined && result.indexOf(added) === i + 1;
    });
    if (after !== undefined) places.push({ follows, after });
  });
  return places;
}
