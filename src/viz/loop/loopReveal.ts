/** Which of the loop's steps a staged reveal shows: each layer at its stage, an extra step with the step it follows. */
import { isRevealed, REVEAL_STAGES, type RevealStage } from '../../studio';
import type { StepLayout } from './loopLayout';

const LAYER_STAGES: ReadonlySet<string> = new Set(REVEAL_STAGES);

/**
 * The steps shown at `reveal` (all when null), from one partner's steps in order.
 *
 * @example
 * revealedSteps(theosSteps, 'trigger').map((s) => s.id); // ['trigger']
 */
export function revealedSteps(
  steps: readonly StepLayout[],
  reveal: RevealStage | null,
): readonly StepLayout[] {
  if (reveal === null) return steps;
  const at = REVEAL_STAGES.indexOf(reveal);
  let part: RevealStage = 'trigger';
  return steps.filter((step) => {
    // An extra step comes in with the step before it, so the sequence never has a hole.
    if (LAYER_STAGES.has(step.id)) part = step.id as RevealStage;
    return isRevealed(part, at);
  });
}
