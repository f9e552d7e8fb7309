/** "Open a map file…": a real, labelled file input for one or several files, on every page. */
import { useId } from 'react';
import type { ChangeEvent } from 'react';

interface OpenMapFileProps {
  readonly onOpen: (files: readonly File[]) => void;
}

export function OpenMapFile({ onOpen }: OpenMapFileProps) {
  const inputId = useId();
  const hintId = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = [...(event.currentTarget.files ?? [])];
    // Clearing the input lets the same file be chosen again after it is fixed.
    event.currentTarget.value = '';
    onOpen(files);
  };
  return (
    <div className="open-map-file">
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={onChange}
      />
      <label htmlFor={inputId}>Open a map file…</label>
      <p className="visually-hidden" id={hintId}>
        One or more .cyclemap.json files saved from Cyclemap, or a file from “Download all maps”.
        Files are read on this device and never uploaded; you can also drop them onto the page.
      </p>
    </div>
  );
}
