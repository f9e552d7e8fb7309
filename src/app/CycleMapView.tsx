/** A built-in pattern: its title, "Edit a copy", the download, and the map's dance and details. */
import { useEffect, useRef } from 'react';
import type { CycleMap } from '../core';
import { DownloadMapButton } from './DownloadMapButton';
import { MapDetails } from './MapDetails';

interface CycleMapViewProps {
  readonly map: CycleMap;
  readonly onBack: () => void;
  /** Puts an editable copy in "Your maps" and opens it. */
  readonly onEditCopy?: () => void;
}

export function CycleMapView({ map, onBack, onEditCopy }: CycleMapViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The view replaces the list; moving focus tells keyboard and screen-reader users where they are.
    heading.current?.focus();
  }, [map.id]);
  return (
    <article className="cycle-map-view">
      <div className="map-top">
        <h1 ref={heading} tabIndex={-1}>
          {map.title}
        </h1>
        <div className="map-actions">
          <button type="button" onClick={onBack}>
            Back to all cycles
          </button>
          {onEditCopy !== undefined && (
            <button type="button" className="primary" onClick={onEditCopy}>
              Edit a copy
            </button>
          )}
          <DownloadMapButton map={map} />
        </div>
      </div>
      <MapDetails map={map} />
    </article>
  );
}
