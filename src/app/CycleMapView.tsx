/** A built-in pattern: its title, "Edit a copy", the download and the worksheet, and its views — the dance (with the map's details), the statechart and the dynamics. */
import { lazy, Suspense } from 'react';
import type { CycleMap } from '../core';
import { DownloadMapButton } from './DownloadMapButton';
import { DynamicsLoading } from './dynamics/DynamicsLoading';
import { warmDynamics } from './dynamics/warmDynamics';
import { MapDetails } from './MapDetails';
import { MapTop } from './MapTop';
import { StatechartLoading } from './pages/StatechartLoading';
import { ViewTabs } from './pages/ViewTabs';
import { warmStatechart } from './statechart/warmStatechart';
import type { PatternView } from './routing/routes';
import { Worksheet } from './worksheet/Worksheet';

interface CycleMapViewProps {
  readonly map: CycleMap;
  readonly onBack: () => void;
  /**
   * Puts an editable copy in "Your maps" and opens it: of the pattern, or of `from` (the pattern
   * with the figures explored in its Dynamics view).
   */
  readonly onEditCopy?: (from?: CycleMap) => void;
  readonly view?: PatternView;
  readonly onView?: (view: PatternView) => void;
}

const VIEWS = [
  { view: 'dance', label: 'Dance' },
  { view: 'statechart', label: 'Statechart' },
  { view: 'dynamics', label: 'Dynamics' },
] as const;

// The statechart view (and elkjs, in its worker) loads when first opened.
const StatechartView = lazy(() =>
  import('./statechart/StatechartView').then((m) => ({ default: m.StatechartView })),
);
// The dynamics view (the phase plane and its sliders) loads when first opened, the same way.
const DynamicsView = lazy(() =>
  import('./dynamics/DynamicsView').then((m) => ({ default: m.DynamicsView })),
);

export function CycleMapView({
  map,
  onBack,
  onEditCopy,
  view = 'dance',
  onView = () => undefined,
}: CycleMapViewProps) {
  return (
    <article className="cycle-map-view">
      <MapTop map={map}>
        <button type="button" onClick={onBack}>
          Back to all cycles
        </button>
        {onEditCopy !== undefined && (
          <button type="button" className="primary" onClick={() => onEditCopy()}>
            Edit a copy
          </button>
        )}
        <DownloadMapButton map={map} />
      </MapTop>
      {/* Hidden on screen; the browser's Print (or Print worksheet, by the dance) prints it. */}
      <Worksheet map={map} />
      <ViewTabs
        label="Views of this pattern"
        views={VIEWS}
        view={view}
        onView={onView}
        onIntent={(next) => {
          if (next === 'statechart') warmStatechart();
          if (next === 'dynamics') warmDynamics();
        }}
      >
        {view === 'statechart' ? (
          <Suspense fallback={<StatechartLoading />}>
            <StatechartView />
          </Suspense>
        ) : view === 'dynamics' ? (
          <Suspense fallback={<DynamicsLoading />}>
            <DynamicsView onEditCopy={onEditCopy} />
          </Suspense>
        ) : (
          <MapDetails map={map} />
        )}
      </ViewTabs>
    </article>
  );
}
