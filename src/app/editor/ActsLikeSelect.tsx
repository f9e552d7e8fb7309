/** The standard repair a couple's own repair plays like in the dance, chosen by name. */
import { useId } from 'react';
import { REPAIR_CATALOGUE, REPAIR_KINDS, type RepairKind } from '../../core';

interface ActsLikeSelectProps {
  readonly value: RepairKind;
  readonly onChoose: (kind: RepairKind) => void;
  /** The repair's own name, so each select is told apart: "Acts like (tea truce)". */
  readonly of?: string;
  readonly disabled?: boolean;
}

const ACTS_LIKE_NOTE = 'In the dance it lands as often as that standard repair would.';

export function ActsLikeSelect({ value, onChoose, of, disabled = false }: ActsLikeSelectProps) {
  const id = useId();
  return (
    <div className="editor-field">
      <label className="editor-label" htmlFor={id}>
        Acts like
        {of !== undefined && <span className="visually-hidden"> ({of})</span>}
      </label>
      <select
        id={id}
        className="editor-input"
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-note`}
        onChange={(event) => onChoose(event.target.value as RepairKind)}
      >
        {REPAIR_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {REPAIR_CATALOGUE[kind].label}
          </option>
        ))}
      </select>
      <span className="editor-question" id={`${id}-note`}>
        {ACTS_LIKE_NOTE}
      </span>
    </div>
  );
}
