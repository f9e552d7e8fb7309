/** The Cyclemap app shell: header with quick exit, the page the address names, and the safety panel. */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { copyOfMap, newMap, type CycleMap, type ParseWarning } from '../core';
import {
  createStudio,
  documentMapOf,
  isEditable,
  missingMapOf,
  ownMapsOf,
  type Studio,
} from '../studio';
import { idbMapStore } from '../storage/idbMapStore';
import { localPreferenceStore } from '../storage/localPreferences';
import { AppHeader } from './AppHeader';
import { BUILT_IN_CYCLES } from './builtInCycles';
import { ErrorBoundary } from './ErrorBoundary';
import { HomeView } from './HomeView';
import { freshMapId, nowIso, withFreeId } from './library/mapIds';
import { OpenedWarnings } from './OpenedWarnings';
import { StartScreen } from './pages/StartScreen';
import { leaveNow } from './quickExit';
import { readMapFile } from './readMapFile';
import type { Route } from './routing/routes';
import { useRoute } from './routing/useRoute';
import { SafetyPanel } from './SafetyPanel';
import { SaveProblem } from './SaveProblem';
import { StudioProvider, useStudioSelector } from './studio/StudioContext';
import { workerRunner } from './studio/workerRunner';
import { useDoubleEscape } from './useDoubleEscape';
import { useFlushOnHide } from './useFlushOnHide';

// A map's pages (the dance, the chart, the editor) load when first opened: the home page stays small.
const CycleMapView = lazy(() =>
  import('./CycleMapView').then((m) => ({ default: m.CycleMapView })),
);
const MapPage = lazy(() => import('./pages/MapPage').then((m) => ({ default: m.MapPage })));

interface AppProps {
  /** The maps listed on the home view; the ones shipped in /models unless a test passes others. */
  readonly builtInCycles?: readonly CycleMap[];
  /** What Quick exit does; leaves for a blank page unless a test passes a stub. */
  readonly onQuickExit?: () => void;
  /** The studio the screens drive; the browser's (Web Worker, IndexedDB) unless a test passes one. */
  readonly studio?: Studio;
}

function browserStudio(): Studio {
  return createStudio({
    analysis: workerRunner(),
    preferences: localPreferenceStore(),
    maps: idbMapStore(),
  });
}

export function App({
  builtInCycles = BUILT_IN_CYCLES,
  onQuickExit = leaveNow,
  studio: given,
}: AppProps) {
  const [studio] = useState(() => given ?? browserStudio());
  useDoubleEscape(onQuickExit);
  useFlushOnHide(studio);
  return (
    <StudioProvider studio={studio}>
      <div className="app">
        <AppHeader onQuickExit={onQuickExit} />
        <SaveProblem />
        <div className="app-body">
          <main className="app-main">
            <Suspense
              fallback={
                <p className="page-loading" role="status">
                  Opening…
                </p>
              }
            >
              <Pages studio={studio} builtInCycles={builtInCycles} onQuickExit={onQuickExit} />
            </Suspense>
          </main>
          <SafetyPanel />
        </div>
      </div>
    </StudioProvider>
  );
}

interface PagesProps {
  readonly studio: Studio;
  readonly builtInCycles: readonly CycleMap[];
  readonly onQuickExit: () => void;
}

/** The page the address names, kept in step with the studio's document. */
function Pages({ studio, builtInCycles, onQuickExit }: PagesProps) {
  const [route, navigate] = useRoute();
  const [openError, setOpenError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<readonly ParseWarning[]>([]);
  const [cameBack, setCameBack] = useState(false);
  const open = useStudioSelector(documentMapOf);
  const editable = useStudioSelector(isEditable);
  const missing = useStudioSelector(missingMapOf);
  const ownMaps = useStudioSelector(ownMapsOf);
  // Each file read bumps this, so a slow read cannot replace a page chosen after it.
  const latestRequest = useRef(0);

  useEffect(() => {
    if (route.name === 'home') studio.send({ type: 'document.close' });
    if (route.name === 'pattern') {
      const map = builtInCycles.find((m) => m.id === route.id);
      if (map !== undefined && open !== map)
        studio.send({ type: 'document.load', map, source: 'builtIn' });
    }
    if (route.name === 'map' && (open?.id !== route.id || !editable))
      studio.send({ type: 'library.open', id: route.id });
    // Only a new address changes what is open; edits to the open map must not reload it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [route, studio, builtInCycles]);

  const go = useCallback(
    (to: Route) => {
      latestRequest.current += 1;
      setOpenError(null);
      navigate(to);
    },
    [navigate],
  );
  const goHome = useCallback(() => {
    setWarnings([]);
    setCameBack(true);
    go({ name: 'home' });
  }, [go]);

  const taken = () => new Set([...ownMaps.map((m) => m.id), ...builtInCycles.map((m) => m.id)]);
  const createAndOpen = (map: CycleMap, view: 'start' | 'dance') => {
    studio.send({ type: 'maps.create', map, open: true });
    studio.send({ type: 'library.flush' });
    go({ name: 'map', id: map.id, view });
  };
  const openFile = async (file: File) => {
    const request = (latestRequest.current += 1);
    setOpenError(null);
    const result = await readMapFile(file);
    if (request !== latestRequest.current) return;
    // A file that does not open changes nothing else: the page and the stored maps stay.
    if (!result.ok) return setOpenError(result.message);
    setWarnings(result.warnings);
    createAndOpen(withFreeId(result.map, taken()), 'dance');
  };

  if (route.name === 'pattern') {
    const map = builtInCycles.find((m) => m.id === route.id);
    if (map === undefined) return <NotHere onBack={goHome} />;
    if (open?.id !== map.id) return null;
    return (
      <ErrorBoundary onReset={goHome}>
        <CycleMapView
          map={map}
          onBack={goHome}
          onEditCopy={() =>
            createAndOpen(
              copyOfMap(map, freshMapId(taken()), nowIso(), `${map.title} (our copy)`),
              'start',
            )
          }
        />
      </ErrorBoundary>
    );
  }
  if (route.name === 'map') {
    if (open === null || open.id !== route.id || !editable)
      return missing === route.id ? <NotHere onBack={goHome} /> : <p>Opening the map…</p>;
    if (route.view === 'start')
      return (
        <StartScreen
          title={open.title}
          onQuickExit={onQuickExit}
          onStart={() => navigate({ name: 'map', id: open.id, view: 'map' }, { replace: true })}
        />
      );
    return (
      <ErrorBoundary onReset={goHome}>
        <OpenedWarnings warnings={warnings} />
        <MapPage
          map={open}
          view={route.view}
          onView={(view) => go({ name: 'map', id: open.id, view })}
          onBack={goHome}
        />
      </ErrorBoundary>
    );
  }
  return (
    <ErrorBoundary onReset={goHome}>
      <HomeView
        cycles={builtInCycles}
        onOpenMap={(map) => go({ name: 'pattern', id: map.id })}
        onOpenFile={(file) => void openFile(file)}
        onNewMap={() => createAndOpen(newMap(freshMapId(taken()), nowIso()), 'start')}
        openError={openError}
        focusHeading={cameBack}
      />
    </ErrorBoundary>
  );
}

function NotHere({ onBack }: { readonly onBack: () => void }) {
  return (
    <article>
      <h1>This map is not here</h1>
      <p>
        There is no map at this address on this device. Maps are kept in the browser where they were
        made; a map from another device can be opened from its downloaded file.
      </p>
      <button type="button" onClick={onBack}>
        Back to all maps
      </button>
    </article>
  );
}
