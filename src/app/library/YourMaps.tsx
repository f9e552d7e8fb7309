/** "Your maps": every map made or imported on this device — open, duplicate, rename, delete (with undo) — and "New map". */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { CycleMap } from '../../core';
import {
  deletedMapOf,
  isLibraryLoading,
  mapIdsInUseOf,
  mapsSourceOf,
  ownMapsOf,
  saveProblemOf,
  storageEstimateOf,
  type StoredMapSummary,
} from '../../studio';
import { useStudio, useStudioSelector } from '../studio/StudioContext';
import { DownloadAllMaps } from './DownloadAllMaps';
import { freshMapId, nowIso } from './mapIds';
import { focusLost } from './focusLost';
import { OwnMapItem } from './OwnMapItem';
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
  const notSaving = useStudioSelector(saveProblemOf) !== null;
  const headingId = useId();
  // "Undo" shows for the map just deleted until its time is up (or it is used).
  const [expired, setExpired] = useState<CycleMap | null>(null);
  useEffect(() => {
    if (deleted === null) return undefined;
    const timer = setTimeout(() => setExpired(deleted), UNDO_DELETE_MS);
    return () => clearTimeout(timer);
  }, [deleted]);
  const undoVisible = deleted !== null && expired !== deleted;
  // The button pressed goes away with its map (or with the Undo): focus goes where the person
  // would look next, never lost to the page.
  const undoButton = useRef<HTMLButtonElement>(null);
  const [bringBack, setBringBack] = useState<string | null>(null);
  useEffect(() => {
    if (deleted !== null && focusLost()) undoButton.current?.focus();
  }, [deleted]);
  // Stable callbacks, so a long list renders again only where a map changed.
  const onDuplicate = useCallback(
    (map: StoredMapSummary) => {
      studio.send({
        type: 'library.duplicate',
        id: map.id,
        newId: freshMapId(mapIdsInUseOf(studio.getSnapshot())),
        title: `${map.title} (copy)`.slice(0, 120),
        now: nowIso(),
      });
    },
    [studio],
  );
  const onRename = useCallback(
    (map: StoredMapSummary, title: string) =>
      studio.send({ type: 'library.rename', id: map.id, title, now: nowIso() }),
    [studio],
  );
  const onDelete = useCallback(
    (map: StoredMapSummary) => studio.send({ type: 'library.delete', id: map.id }),
    [studio],
  );

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
              focusLink={bringBack === map.id}
              onDuplicate={onDuplicate}
              onRename={onRename}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
      <p className="library-status" role="status">
        {undoVisible && deleted !== null && (
          <>
            “{deleted.title}” deleted.{' '}
            <button
              ref={undoButton}
              type="button"
              onClick={() => {
                setBringBack(deleted.id);
                studio.send({ type: 'library.undoDelete' });
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {(maps.length > 0 || notSaving) && (
        <DownloadAllMaps source={() => mapsSourceOf(studio.getSnapshot())} />
      )}
      <StorageNote estimate={estimate} notSaving={notSaving} />
    </section>
  );
}
