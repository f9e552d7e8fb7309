/** One extra step of a partner's sequence: its words, where it falls, and buttons to move or remove it. */
import { useEffect, useRef } from 'react';
import { LIMITS } from '../../core';
import { useDispatch } from '../actions/useActions';
import type { StepMove } from './stepMoves';
import { TextField } from './TextField';

interface ExtraStepItemProps {
  /** For the summary's link, if the step is emptied. */
  readonly partnerName: string;
  readonly index: 0 | 1;
  /** The move one place up or down the sequence, or null where it cannot go. */
  readonly up: StepMove | null;
  readonly down: StepMove | null;
  readonly id: string;
  readonly text: string;
  /** 1-based place in the partner's sequence, the sequence's length, and the step before it. */
  readonly position: number;
  readonly count: number;
  readonly follows: string;
  /** Where focus goes once this step is removed. */
  readonly afterRemoveFocus: string;
}

export function ExtraStepItem({
  partnerName,
  index,
  up,
  down,
  id,
  text,
  position,
  count,
  follows,
  afterRemoveFocus,
}: ExtraStepItemProps) {
  const run = useDispatch();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const moved = useRef<-1 | 1 | null>(null);
  const name = `extra step ${position} of ${count}`;
  const where = `${partnerName}’s ${name}`;

  // Reordering may move this step's element, which drops focus; and a move to either end disables
  // the button just used. Either way focus stays on this step: on that button, or the other one.
  useEffect(() => {
    if (moved.current === null) return;
    const used = moved.current < 0 ? up : down;
    const [same, other] = moved.current < 0 ? [upRef, downRef] : [downRef, upRef];
    (used === null ? other : same).current?.focus();
    moved.current = null;
  }, [position, up, down]);

  const move = (direction: -1 | 1) => {
    const to = direction < 0 ? up : down;
    if (to === null) return;
    moved.current = direction;
    run('edit', { kind: 'moveExtraStep', partner: index, ...to });
    run('endEdit', undefined);
  };

  return (
    <div className="editor-extra-step">
      <TextField
        label={`Extra step ${position} of ${count}`}
        value={text}
        maxLength={LIMITS.layerChars}
        multiline
        description={`Comes after: ${follows}`}
        required={{
          where,
          message:
            'Say what happens at this step in a few words (e.g. “checks phone”), or remove it.',
        }}
        onText={(next) => run('edit', { kind: 'setExtraStep', partner: index, id, text: next })}
      />
      <div className="editor-step-buttons">
        <button
          ref={upRef}
          type="button"
          aria-label={`Move up, ${name}`}
          disabled={up === null}
          onClick={() => move(-1)}
        >
          Move up
        </button>
        <button
          ref={downRef}
          type="button"
          aria-label={`Move down, ${name}`}
          disabled={down === null}
          onClick={() => move(1)}
        >
          Move down
        </button>
        <button
          type="button"
          aria-label={`Remove ${name}`}
          onClick={() => {
            run('edit', { kind: 'removeExtraStep', partner: index, id });
            run('endEdit', undefined);
            document.getElementById(afterRemoveFocus)?.focus();
          }}
        >
          Remove
        </button>
      </div>
    </div>
  );
}
