/**
 * One labelled text field of the editor: the person's draft, the question it answers, a gentle
 * counter near the limit, a message at the field when it needs something, and words to pick.
 */
import { useId } from 'react';
import { useDispatch } from '../actions/useActions';
import { Suggestions, type SuggestionSet } from './Suggestions';
import { useFieldText } from './useFieldText';
import { useReportProblem } from './useReportProblem';

/** The counter shows once a text has used this share of its limit: early enough to plan, late enough not to nag. */
const NEAR_LIMIT = 0.8;

/** A field the map cannot leave empty: where it is, in words, and what to write. */
export interface Required {
  readonly where: string;
  readonly message: string;
}

interface TextFieldProps {
  readonly label: string;
  /** The text the map holds now. */
  readonly value: string;
  readonly maxLength: number;
  /** Called with each change the map can take (never an empty required text). */
  readonly onText: (text: string) => void;
  readonly multiline?: boolean;
  readonly required?: Required;
  /** The question the field answers, read out with it. */
  readonly description?: string;
  readonly placeholder?: string;
  /** Shown while the field is empty and that is fine ("not explored yet"). */
  readonly emptyNote?: string;
  readonly suggestions?: SuggestionSet;
  readonly disabled?: boolean;
  /** Why the field is disabled, shown beside it. */
  readonly disabledReason?: string;
  /** The element's id, for a link or a focus from elsewhere; a fresh one otherwise. */
  readonly id?: string;
}

export function TextField({
  label,
  value,
  maxLength,
  onText,
  multiline = false,
  required,
  description,
  placeholder,
  emptyNote,
  suggestions,
  disabled = false,
  disabledReason,
  id,
}: TextFieldProps) {
  const run = useDispatch();
  const [draft, setDraft] = useFieldText(value);
  const ownId = useId();
  const fieldId = id ?? ownId;
  const descriptionId = `${fieldId}-question`;
  const errorId = `${fieldId}-error`;
  const counterId = `${fieldId}-counter`;
  const noteId = `${fieldId}-note`;
  const empty = draft.trim() === '';
  const error = required !== undefined && empty ? required.message : null;
  useReportProblem(fieldId, required?.where ?? label, error);

  const left = maxLength - draft.length;
  const showCounter = draft.length >= maxLength * NEAR_LIMIT;
  const note = disabled && disabledReason !== undefined ? disabledReason : empty ? emptyNote : null;
  const describedBy = [
    description !== undefined && descriptionId,
    error !== null && errorId,
    showCounter && counterId,
    note != null && noteId,
  ].filter(Boolean);

  const change = (text: string) => {
    setDraft(text);
    // The map keeps its last complete text until the field holds one again.
    if (required !== undefined && text.trim() === '') return;
    onText(text);
  };
  const common = {
    id: fieldId,
    className: 'editor-input',
    value: draft,
    maxLength,
    placeholder,
    disabled,
    'aria-invalid': error !== null ? true : undefined,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    onBlur: () => run('endEdit', undefined),
  } as const;

  return (
    <div className="editor-field" data-invalid={error !== null} data-empty={empty}>
      <label className="editor-label" htmlFor={fieldId}>
        {label}
      </label>
      {description !== undefined && (
        <span className="editor-question" id={descriptionId}>
          {description}
        </span>
      )}
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
      {error !== null && (
        <p className="editor-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {showCounter && (
        <p className="editor-counter" id={counterId} data-at-limit={left === 0}>
          {left === 0
            ? `That’s the limit: ${maxLength} characters.`
            : `${left} ${left === 1 ? 'character' : 'characters'} left`}
        </p>
      )}
      {note != null && (
        <p className="editor-note" id={noteId}>
          {note}
        </p>
      )}
      {suggestions !== undefined && !disabled && (
        <Suggestions
          set={suggestions}
          current={draft}
          maxLength={maxLength}
          onPick={(text) => {
            // A pick is a change of its own: one step of undo, apart from typing before or after.
            run('endEdit', undefined);
            change(text);
            run('endEdit', undefined);
          }}
        />
      )}
    </div>
  );
}
