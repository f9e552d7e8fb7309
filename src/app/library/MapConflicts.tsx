/**
 * When another tab saved a newer version of a map this tab was editing: the words typed here are
 * kept (not saved over the other version) until the person chooses — keep them as a copy, or take
 * the other version. Shown on every page while so, in an alert.
 */
import { conflictsOf, mapIdsInUseOf, type MapConflict } from '../../studio';
import { useStudio, useStudioSelector } from '../studio/StudioContext';
import { freshMapId, nowIso } from './mapIds';
import { focusLost } from './focusLost';

interface MapConflictsProps {
  /** Opens a map's editor: the copy just made of this tab's edits. */
  readonly onOpenCopy: (id: string) => void;
}

export function MapConflicts({ onOpenCopy }: MapConflictsProps) {
  const conflicts = useStudioSelector(conflictsOf);
  // Rendered only while there is something to say, so the alert is announced as it appears.
  return conflicts.length === 0 ? null : (
    <div className="save-problem map-conflicts" role="alert">
      {conflicts.map((conflict) => (
        <Conflict key={conflict.id} conflict={conflict} onOpenCopy={onOpenCopy} />
      ))}
    </div>
  );
}

function Conflict({ conflict, onOpenCopy }: { conflict: MapConflict } & MapConflictsProps) {
  const studio = useStudio();
  const keepCopy = () => {
    const newId = freshMapId(mapIdsInUseOf(studio.getSnapshot()));
    studio.send({
      type: 'library.keepCopy',
      id: conflict.id,
      newId,
      title: `${conflict.title} (kept from this window)`.slice(0, 120),
      now: nowIso(),
    });
    studio.send({ type: 'library.flush' });
    onOpenCopy(newId);
    focusPageHeading();
  };
  return (
    <div className="map-conflict">
      <p>
        “{conflict.title}”
        {conflict.newerTitle !== conflict.title && <> (“{conflict.newerTitle}” in the other tab)</>}{' '}
        was changed in another tab or window while you were editing it here. Your changes in this
        window are kept, and have not been saved over the other version.
      </p>
      <div className="map-conflict-actions">
        <button type="button" onClick={keepCopy}>
          Keep my changes as a copy
        </button>
        <button
          type="button"
          onClick={() => {
            studio.send({ type: 'library.useNewer', id: conflict.id });
            focusPageHeading();
          }}
        >
          Use the other version
        </button>
      </div>
    </div>
  );
}

/** The alert and its buttons go once the person has chosen: focus goes to the page's heading, not lost. */
function focusPageHeading(): void {
  requestAnimationFrame(() => {
    if (focusLost()) document.querySelector<HTMLElement>('main h1')?.focus();
  });
}
