/** The dance as one ordered list, A's steps then B's and round again: what a screen reader gets of the loop. */
import { useId } from 'react';
import { stepsOf } from '../core';
import type { Partner } from '../core';
import { UNEXPLORED_TEXT, isUnexplored } from './unexplored';

interface LoopInWordsProps {
  readonly partners: readonly [Partner, Partner];
}

export function LoopInWords({ partners }: LoopInWordsProps) {
  const headingId = useId();
  const steps = partners.flatMap((partner, index) =>
    stepsOf(partner).map((step) => ({
      key: `${index}-${step.id}`,
      partnerIndex: index,
      who: `${partner.name}’s ${step.label.toLowerCase()}`,
      text: step.text,
    })),
  );
  return (
    <section className="loop-in-words" aria-labelledby={headingId}>
      <h2 id={headingId}>The loop in words</h2>
      <p className="loop-intro">
        Each partner’s move is the other partner’s trigger, so the steps close into a loop that
        feeds itself. The cycle, not either partner, is the problem.
      </p>
      <ol className="loop-steps">
        {steps.map((step) => (
          <li
            key={step.key}
            className="loop-step"
            data-partner={step.partnerIndex}
            data-unexplored={isUnexplored(step.text)}
          >
            <span className="loop-who">{step.who}:</span>{' '}
            {isUnexplored(step.text) ? UNEXPLORED_TEXT : step.text}
          </li>
        ))}
      </ol>
      <p className="loop-again">…and round again to {partners[0].name}’s trigger.</p>
    </section>
  );
}
