/** The form that adds one of the couple's own repairs: a name, and the standard repair it acts like. */
import { useId, useState } from 'react';
import { LIMITS, type RepairKind } from '../../core';
import { useDispatch } from '../actions/useActions';
import { ActsLikeSelect } from './ActsLikeSelect';

interface AddOwnRepairProps {
  readonly partner: 0 | 1;
  readonly name: string;
  /** Why no more can be added, or null while there is room. */
  readonly fullReason: string | null;
  /** The id its name field takes, so focus can come back here. */
  readonly fieldId: string;
}

export function AddOwnRepair({ partner, name, fullReason, fieldId }: AddOwnRepairProps) {
  const run = useDispatch();
  const id = useId();
  const [label, setLabel] = useState('');
  const [actsLike, setActsLike] = useState<RepairKind>('humourOrAffection');
  const [tried, setTried] = useState(false);
  const [added, setAdded] = useState('');
  const full = fullReason !== null;
  const missing = tried && label.trim() === '';
  const describedBy = [missing && `${id}-error`, `${id}-hint`].filter(Boolean).join(' ');

  return (
    <form
      className="editor-add"
      onSubmit={(event) => {
        event.preventDefault();
        if (full) return;
        if (label.trim() === '') {
          setTried(true);
          return;
        }
        run('edit', { kind: 'addOwnRepair', partner, label, actsLike });
        run('endEdit', undefined);
        setAdded(`Added “${label.trim()}”.`);
        setLabel('');
        setTried(false);
      }}
    >
      <fieldset className="editor-add-fields">
        <legend>Add a repair of {name}’s own</legend>
        <div className="editor-field">
          <label className="editor-label" htmlFor={fieldId}>
            Repair name
          </label>
          <input
            id={fieldId}
            className="editor-input"
            type="text"
            value={label}
            maxLength={LIMITS.repairLabelChars}
            placeholder="e.g. “tea truce”"
            disabled={full}
            aria-invalid={missing ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setLabel(event.target.value)}
          />
          <span className="editor-question" id={`${id}-hint`}>
            Something the two of you do that brings you back, in your own name for it.
          </span>
          {missing && (
            <p className="editor-error" id={`${id}-error`}>
              <span aria-hidden="true">⚠ </span>
              Give the repair a name first, e.g. “tea truce”.
            </p>
          )}
        </div>
        <ActsLikeSelect value={actsLike} onChoose={setActsLike} disabled={full} />
        <button type="submit" disabled={full} aria-describedby={full ? `${id}-full` : undefined}>
          Add this repair
        </button>
      </fieldset>
      {full && (
        <p className="editor-note" id={`${id}-full`}>
          {fullReason}
        </p>
      )}
      <p className="editor-status" role="status">
        {added}
      </p>
    </form>
  );
}
