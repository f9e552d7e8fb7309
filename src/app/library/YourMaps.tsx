/** "Your maps": every map made or imported on this device — open, duplicate, rename, delete (with undo) — and "New map". */
import { useEffect, useId, useState } from 'react';
import type { CycleMap } from '../../core';
import {
  deletedMapOf,
  isLibraryLoading,
  ownMapsOf,
  storageEstimateOf,
  type StoredMapSummary,
} from '../../studio';
import { useStudio, useStudioSelector } from '../studio/StudioContext';
import { hrefOf } from '../routing/routes';
import { freshMapId, nowIso } from './mapIds';
import { StorageNote } from './StorageNote';

/** How long "Undo" stays after a delete: long enough to notice and reach it. */
export const UNDO_DELETE_MS = 15_000;

interface YourMapsProps {
  readonly onNewMap: () => void;
}

export function YourMaps({ onNewMap }: YourMapsProps) {
  const studio = useStudio();
  const maps = useStudioSelector(ownMapsOf);
  const loading = useStudioSelector(isLibraryLoading);
  const deleted = useStudioSelector(deletedMapOf);
  const estimate = useStudioSelector(storageEstimateOf);
  const headingId = useId();
  // "Undo" shows for the map just deleted until its time is up (or it is used).
  const [expired, setExpired] = useState<CycleMap | null>(null);
  useEffect(() => {
    if (deleted === null) return undefined;
    const timer = setTimeout(() => setExpired(deleted), UNDO_DELETE_MS);
    return () => clearTimeout(timer);
  }, [deleted]);
  const undoVisible = deleted !== null && expired !== deleted;
  const taken = new Set(maps.map((m) => m.id));

  return (
    <section className="your-maps" aria-labelledby={headingId}>
      <h2 id={headingId}>Your maps</h2>
      <button type="button" className="primary" onClick={onNewMap}>
        New map
      </button>
      {loading ? (
        <p>Opening your maps…</p>
      ) : maps.length === 0 ? (
        <p>No maps of your own yet. Start a new one, or open a pattern below and edit a copy.</p>
      ) : (
        <ul className="your-maps-list" aria-label="Your maps">
          {maps.map((map) => (
            <OwnMapItem
              key={map.id}
              map={map}
              onDuplicate={() =>
                studio.send({
                  type: 'library.duplicate',
                  id: map.id,
                  newId: freshMapId(taken),
                  title: `${map.title} (copy)`.slice(0, 120),
                  now: nowIso(),
                })
              }
              onRename={(title) =>
                studio.send({ type: 'library.rename', id: map.id, title, now: nowIso() })
              }
              onDelete={() => studio.send({ type: 'library.delete', id: map.id })}
            />
          ))}
        </ul>
      )}
      <p className="library-status" role="status">
        {undoVisible && deleted !== null && (
          <>
            “{deleted.title}” deleted.{' '}
            <button
              type="button"
              onClick={() => {
                studio.send({ type: 'library.undoDelete' });
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      <StorageNote estimate={estimate} />
    </section>
  );
}

interface OwnMapItemProps {
  readonly map: StoredMapSummary;
  readonly onDuplicate: () => void;
  readonly onRename: (title: string) => void;
  readonly onDelete: () => void;
}

function OwnMapItem({ map, onDuplicate, onRename, onDelete }: OwnMapItemProps) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(map.title);
  const fieldId = useId();
  const changed = new Date(map.updated);
  const when = Number.isNaN(changed.getTime())
    ? map.updated
    : changed.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className="own-map">
      <a href={hrefOf({ name: 'map', id: map.id, view: 'map' })} className="own-map-title">
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
            onRename(title.trim());
            setRenaming(false);
          }}
        >
          <label htmlFor={fieldId}>New title for “{map.title}”</label>
          <input
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
          <button type="button" onClick={onDuplicate} aria-label={`Duplicate “${map.title}”`}>
            Duplicate
          </button>
          <button
            type="button"
            onClick={() => setRenaming(true)}
            aria-label={`Rename “${map.title}”`}
          >
            Rename
          </button>
          <button type="button" onClick={onDelete} aria-label={`Delete “${map.title}”`}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
