/** A partner's steps above the line, in the order the dance runs: the four layers with their own extra steps between. */
import { useId, useMemo } from 'react';
import { stepsOf, type Partner, type Step } from '../../core';
import { AddExtraStep } from './AddExtraStep';
import { ExtraStepItem } from './ExtraStepItem';
import { LayerField } from './LayerField';
import { shortText } from './shortText';
import { stepMove } from './stepMoves';

/** A step as the step after it names it: a layer by its label, an extra step by its words. */
const nameOf = (step: Step | undefined) =>
  step === undefined ? '' : step.layer !== undefined ? step.label : `“${shortText(step.text)}”`;

interface StepSequenceProps {
  readonly partner: Partner;
  readonly index: 0 | 1;
}

export function StepSequence({ partner, index }: StepSequenceProps) {
  const listId = useId();
  const steps = stepsOf(partner);
  const { extraSteps } = partner;
  // Where each step can move depends on the extra steps alone, not on the words being typed.
  const moves = useMemo(
    () =>
      new Map(
        extraSteps.map((step) => [
          step.id,
          { up: stepMove(extraSteps, step.id, -1), down: stepMove(extraSteps, step.id, 1) },
        ]),
      ),
    [extraSteps],
  );
  return (
    <>
      <ol
        id={listId}
        className="editor-steps"
        aria-label={`${partner.name}’s steps, in order`}
        // Focus comes here when a step is removed, so it is not lost with the step.
        tabIndex={-1}
      >
        {steps.map((step, i) => (
          <li key={step.id} className="editor-step" data-extra={step.layer === undefined}>
            {step.layer !== undefined ? (
              <LayerField
                partner={index}
                layer={step.layer}
                text={step.text}
                position={partner.position}
              />
            ) : (
              <ExtraStepItem
                partnerName={partner.name}
                index={index}
                up={moves.get(step.id)?.up ?? null}
                down={moves.get(step.id)?.down ?? null}
                id={step.id}
                text={step.text}
                position={i + 1}
                count={steps.length}
                follows={nameOf(steps[i - 1])}
                afterRemoveFocus={listId}
              />
            )}
          </li>
        ))}
      </ol>
      <AddExtraStep partner={partner} index={index} />
    </>
  );
}
