/** The form that adds an extra step to a partner's sequence, right after a step they choose. */
import { useId, useMemo, useState } from 'react';
import { LIMITS, stepsOf, type Partner } from '../../core';
import { useDispatch } from '../actions/useActions';
import { addPlaces } from './stepMoves';
import { shortText } from './shortText';

interface AddExtraStepProps {
  readonly partner: Partner;
  readonly index: 0 | 1;
}

export function AddExtraStep({ partner, index }: AddExtraStepProps) {
  const run = useDispatch();
  const id = useId();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [added, setAdded] = useState('');
  const steps = stepsOf(partner);
  const { extraSteps } = partner;
  const places = useMemo(() => addPlaces(extraSteps), [extraSteps]);
  const labelOf = (stepId: string) => {
    const step = steps.find((s) => s.id === stepId);
    return step?.layer !== undefined ? step.label : `“${shortText(step?.text ?? stepId)}”`;
  };
  // The end of the sequence unless the person picks a place (or the place they picked is gone).
  const place = places.find((p) => p.follows === chosen) ?? places.at(-1);
  const full = extraSteps.length >= LIMITS.extraStepsPerPartner;
  const missing = tried && text.trim() === '';

  return (
    <form
      className="editor-add"
      onSubmit={(event) => {
        event.preventDefault();
        if (full || place === undefined) return;
        if (text.trim() === '') {
          setTried(true);
          return;
        }
        run('edit', { kind: 'addExtraStep', partner: index, after: place.after, text });
        run('endEdit', undefined);
        setAdded(`Added “${shortText(text)}” after ${labelOf(place.follows)}.`);
        setText('');
        setTried(false);
      }}
    >
      <fieldset className="editor-add-fields">
        <legend>Add a step of {partner.name}’s own</legend>
        <div className="editor-field">
          <label className="editor-label" htmlFor={`${id}-text`}>
            New step
          </label>
          <input
            id={`${id}-text`}
            className="editor-input"
            type="text"
            value={text}
            maxLength={LIMITS.layerChars}
            placeholder="e.g. “checks phone”"
            disabled={full}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {missing && (
            <p className="editor-error" id={`${id}-error`}>
              <span aria-hidden="true">⚠ </span>
              Write the step first — a few words are enough, e.g. “checks phone”.
            </p>
          )}
        </div>
        <div className="editor-field">
          <label className="editor-label" htmlFor={`${id}-place`}>
            Comes right after
          </label>
          <select
            id={`${id}-place`}
            className="editor-input"
            value={place?.follows ?? ''}
            disabled={full}
            onChange={(event) => setChosen(event.target.value)}
          >
            {places.map((p) => (
              <option key={p.follows} value={p.follows}>
                {labelOf(p.follows)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={full} aria-describedby={full ? `${id}-full` : undefined}>
          Add a step
        </button>
      </fieldset>
      {full && (
        <p className="editor-note" id={`${id}-full`}>
          {partner.name} has {LIMITS.extraStepsPerPartner} extra steps, the most a map holds: with
          more, the loop gets hard to follow. Remove one to add another.
        </p>
      )}
      <p className="editor-status" role="status">
        {added}
      </p>
    </form>
  );
}
