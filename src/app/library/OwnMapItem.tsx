/** One map in "Your maps": its title (a link), the two names, when it last changed; Duplicate, Rename, Delete. */
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { StoredMapSummary } from '../../studio';
import { hrefOf } from '../routing/routes';
import { focusLost } from './focusLost';

interface OwnMapItemProps {
  readonly map: StoredMapSummary;
  /** Take focus when shown, if focus was lost (the map just brought back by Undo). */
  readonly focusLink: boolean;
  readonly onDuplicate: (map: StoredMapSummary) => void;
  readonly onRename: (map: StoredMapSummary, title: string) => void;
  readonly onDelete: (map: StoredMapSummary) => void;
}

/** One formatter for every date in the list: making one per item costs more than the rest of the item. */
let changedFormat: Intl.DateTimeFormat | null = null;

function formatChanged(iso: string): string {
  const changed = new Date(iso);
  if (Number.isNaN(changed.getTime())) return iso;
  changedFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return changedFormat.format(changed);
}

export const OwnMapItem = memo(function OwnMapItem({
  map,
  focusLink,
  onDuplicate,
  onRename,
  onDelete,
}: OwnMapItemProps) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(map.title);
  const fieldId = useId();
  const when = formatChanged(map.updated);
  const link = useRef<HTMLAnchorElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Opening the rename form puts the cursor in it; closing it returns focus to "Rename".
  const wasRenaming = useRef(false);
  useEffect(() => {
    if (renaming) field.current?.focus();
    else if (wasRenaming.current) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  useEffect(() => {
    if (focusLink && focusLost()) link.current?.focus();
  }, [focusLink]);
  return (
    <li className="own-map">
      <a
        ref={link}
        href={hrefOf({ name: 'map', id: map.id, view: 'map' })}
        className="own-map-title"
      >
        {map.title}
      </a>
      <p className="own-map-names">
        {map.names[0]} and {map.names[1]} · last changed <time dateTime={map.updated}>{when}</time>
      </p>
      {renaming ? (
        <form
          className="own-map-rename"
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim() === '') return;
            onRename(map, title.trim());
            setRenaming(false);
          }}
        >
          <label htmlFor={fieldId}>New title for “{map.title}”</label>
          <input
            ref={field}
            id={fieldId}
            value={title}
            maxLength={120}
            required
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit">Save title</button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="own-map-actions">
          <button
            type="button"
            onClick={() => onDuplicate(map)}
            aria-label={`Duplicate “${map.title}”`}
          >
            Duplicate
          </button>
          <button
            ref={renameButton}
            type="button"
            onClick={() => setRenaming(true)}
            aria-label={`Rename “${map.title}”`}
          >
            Rename
          </button>
          <button type="button" onClick={() => onDelete(map)} aria-label={`Delete “${map.title}”`}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
});
