/** How a turn updates the two scores, for the trajectory and the vector field: both at once, or one after the other. */
import { useId } from 'react';
import type { UpdateOrder } from '../../core';

interface UpdateChoiceProps {
  readonly update: UpdateOrder;
  readonly onUpdate: (update: UpdateOrder) => void;
}

const CHOICES = [
  {
    value: 'simultaneous',
    label: 'Both at once',
    help: 'both answer the other’s last score (the map the research fits)',
  },
  {
    value: 'sequential',
    label: 'One after the other',
    help: 'the second answers the first’s new score',
  },
] as const;

export function UpdateChoice({ update, onUpdate }: UpdateChoiceProps) {
  const name = useId();
  return (
    <fieldset className="update-choice">
      <legend>Update</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={update === choice.value}
            onChange={() => onUpdate(choice.value)}
          />
          {choice.label} <span className="dynamics-note">({choice.help})</span>
        </label>
      ))}
    </fieldset>
  );
}
