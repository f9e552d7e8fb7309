/** One of your own maps: its title, undo and redo, the download, and its views as tabs — "Map" (the editor), "Dance", "Statechart" and "Dynamics". */
import { lazy, Suspense } from 'react';
import type { CycleMap } from '../../core';
import { DownloadMapButton } from '../DownloadMapButton';
import { DynamicsLoading } from '../dynamics/DynamicsLoading';
import { warmDynamics } from '../dynamics/warmDynamics';
import { canRedo, canUndo } from '../../studio';
import { useActionKeys, useDispatch } from '../actions/useActions';
import { MapEditor } from '../editor/MapEditor';
import { MapDetails } from '../MapDetails';
import { MapTop } from '../MapTop';
import { Worksheet } from '../worksheet/Worksheet';
import { EarlierVersions } from './EarlierVersions';
import { StatechartLoading } from './StatechartLoading';
import { ViewTabs } from './ViewTabs';
import { warmStatechart } from '../statechart/warmStatechart';
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
  { view: 'statechart', label: 'Statechart' },
  { view: 'dynamics', label: 'Dynamics' },
] as const;

// The statechart view (and elkjs, in its worker) loads when first opened.
const StatechartView = lazy(() =>
  import('../statechart/StatechartView').then((m) => ({ default: m.StatechartView })),
);
// The dynamics view (the phase plane and its sliders) loads when first opened, the same way.
const DynamicsView = lazy(() =>
  import('../dynamics/DynamicsView').then((m) => ({ default: m.DynamicsView })),
);

export function MapPage({ map, view, onView, onBack }: MapPageProps) {
  const run = useDispatch();
  useActionKeys();
  const undoable = useStudioSelector(canUndo);
  const redoable = useStudioSelector(canRedo);
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
      </MapTop>
      {/* Hidden on screen; the browser's Print (or Print worksheet, by the dance) prints it. */}
      <Worksheet map={map} />
      <EarlierVersions map={map} />
      <ViewTabs
        label="Views of this map"
        views={VIEWS}
        view={view}
        onView={onView}
        onIntent={(next) => {
          if (next === 'statechart') warmStatechart();
          if (next === 'dynamics') warmDynamics();
        }}
      >
        {view === 'map' ? (
          <MapEditor />
        ) : view === 'statechart' ? (
          <Suspense fallback={<StatechartLoading />}>
            <StatechartView />
          </Suspense>
        ) : view === 'dynamics' ? (
          <Suspense fallback={<DynamicsLoading />}>
            <DynamicsView />
          </Suspense>
        ) : (
          <MapDetails map={map} />
        )}
      </ViewTabs>
    </article>
  );
}
