/** One of your own maps: its title, undo and redo, the download, and its views as tabs — "Map" (the editor) and "Dance". */
import { useId, useRef, type KeyboardEvent } from 'react';
import type { CycleMap } from '../../core';
import { DownloadMapButton } from '../DownloadMapButton';
import { canRedo, canUndo } from '../../studio';
import { useActionKeys, useDispatch } from '../actions/useActions';
import { MapEditor } from '../editor/MapEditor';
import { MapDetails } from '../MapDetails';
import { MapTop } from '../MapTop';
import { PrintWorksheet } from '../worksheet/PrintWorksheet';
import { EarlierVersions } from './EarlierVersions';
import type { MapView } from '../routing/routes';
import { useStudioSelector } from '../studio/StudioContext';

interface MapPageProps {
  readonly map: CycleMap;
  readonly view: Exclude<MapView, 'start'>;
  readonly onView: (view: Exclude<MapView, 'start'>) => void;
  readonly onBack: () => void;
}

const VIEWS = [
  { view: 'map', label: 'Map' },
  { view: 'dance', label: 'Dance' },
] as const;

export function MapPage({ map, view, onView, onBack }: MapPageProps) {
  const run = useDispatch();
  useActionKeys();
  const undoable = useStudioSelector(canUndo);
  const redoable = useStudioSelector(canRedo);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();
  // Arrow keys move between the tabs, as in every tab list (WAI-ARIA's pattern).
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = VIEWS[(index + step + VIEWS.length) % VIEWS.length]!;
    onView(next.view);
    tabs.current[VIEWS.indexOf(next)]?.focus();
  };
  return (
    <article className="cycle-map-view own-map-view">
      <MapTop map={map}>
        <button type="button" onClick={onBack}>
          Back to all maps
        </button>
        {/* The editor has its own Undo and Redo; the Dance view reaches back through the same edits. */}
        {view === 'dance' && (
          <>
            <button type="button" disabled={!undoable} onClick={() => run('undo', undefined)}>
              Undo
            </button>
            <button type="button" disabled={!redoable} onClick={() => run('redo', undefined)}>
              Redo
            </button>
          </>
        )}
        <DownloadMapButton map={map} />
        <PrintWorksheet map={map} />
      </MapTop>
      <EarlierVersions map={map} />
      <div role="tablist" aria-label="Views of this map" className="map-tabs">
        {VIEWS.map((tab, index) => (
          <button
            key={tab.view}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${tab.view}`}
            aria-selected={view === tab.view}
            aria-controls={`${id}-panel`}
            tabIndex={view === tab.view ? 0 : -1}
            onClick={() => onView(tab.view)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${view}`}>
        {view === 'map' ? <MapEditor /> : <MapDetails map={map} />}
      </div>
    </article>
  );
}
