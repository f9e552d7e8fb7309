/** "Open a map file…": a real, labelled file input, and the plain sentence when a file cannot be opened. */
import { useId } from 'react';
import type { ChangeEvent } from 'react';

interface OpenMapFileProps {
  readonly onOpen: (file: File) => void;
  /** The sentence to show after a file could not be opened, or null. */
  readonly error: string | null;
}

export function OpenMapFile({ onOpen, error }: OpenMapFileProps) {
  const inputId = useId();
  const hintId = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.currentTarget.files?.[0];
    // Clearing the input lets the same file be chosen again after it is fixed.
    event.currentTarget.value = '';
    if (file !== undefined) onOpen(file);
  };
  return (
    <div className="open-map-file">
      <label htmlFor={inputId}>Open a map file…</label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={onChange}
      />
      <p className="hint" id={hintId}>
        A <code>.cyclemap.json</code> file saved from Cyclemap. It is read on this device and never
        uploaded.
      </p>
      {/* Always in the page, so a screen reader announces the sentence the moment it appears. */}
      <div className="open-error" role="alert">
        {error !== null && <p>{error}</p>}
      </div>
    </div>
  );
}
