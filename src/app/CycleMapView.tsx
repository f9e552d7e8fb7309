/** A built-in pattern: its title, "Edit a copy", the download, and the map's dance and details. */
import type { CycleMap } from '../core';
import { DownloadMapButton } from './DownloadMapButton';
import { MapDetails } from './MapDetails';
import { MapTop } from './MapTop';
import { PrintWorksheet } from './worksheet/PrintWorksheet';

interface CycleMapViewProps {
  readonly map: CycleMap;
  readonly onBack: () => void;
  /** Puts an editable copy in "Your maps" and opens it. */
  readonly onEditCopy?: () => void;
}

export function CycleMapView({ map, onBack, onEditCopy }: CycleMapViewProps) {
  return (
    <article className="cycle-map-view">
      <MapTop map={map}>
        <button type="button" onClick={onBack}>
          Back to all cycles
        </button>
        {onEditCopy !== undefined && (
          <button type="button" className="primary" onClick={onEditCopy}>
            Edit a copy
          </button>
        )}
        <DownloadMapButton map={map} />
        <PrintWorksheet map={map} />
      </MapTop>
      <MapDetails map={map} />
    </article>
  );
}
