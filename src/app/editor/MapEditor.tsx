/**
 * The guided editor: the map open in the studio, edited in the order a therapist walks the cycle —
 * the title, each partner's steps above the line and what lies below it, their repairs, and the
 * numbers behind the dance — with undo, a summary of what is left to finish, and a live preview.
 */
import { documentMapOf, isEditable } from '../../studio';
import { useActionKeys } from '../actions/useActions';
import { useStudioSelector } from '../studio/StudioContext';
import { MapForm } from './MapForm';

export function MapEditor() {
  useActionKeys();
  const map = useStudioSelector(documentMapOf);
  const editable = useStudioSelector(isEditable);
  if (map === null) return <p className="editor-read-only">No map is open to edit.</p>;
  if (!editable) {
    return (
      <p className="editor-read-only">
        This map is open to read, not to change. To make it your own, edit a copy of it.
      </p>
    );
  }
  // Keyed by map: another map opened starts with fresh fields, not the last one's drafts.
  return <MapForm key={map.id} map={map} />;
}
