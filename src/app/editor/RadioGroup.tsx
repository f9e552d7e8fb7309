/** A choice in words, as a group of radio buttons under one legend; each choice is one step of undo. */
import { useId } from 'react';
import type { Choice } from './choiceWords';

interface RadioGroupProps<T extends string> {
  readonly legend: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T;
  readonly onChoose: (value: T) => void;
  /** A sentence read with the group, under its legend. */
  readonly note?: string;
}

export function RadioGroup<T extends string>({
  legend,
  choices,
  value,
  onChoose,
  note,
}: RadioGroupProps<T>) {
  const name = useId();
  const noteId = `${name}-note`;
  return (
    <fieldset className="editor-choice" aria-describedby={note === undefined ? undefined : noteId}>
      <legend>{legend}</legend>
      {note !== undefined && (
        <p className="editor-note" id={noteId}>
          {note}
        </p>
      )}
      {choices.map((choice) => (
        <label key={choice.value} className="editor-radio">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChoose(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
