/** The Cyclemap app shell: header with quick exit, the page the address names, and the safety panel. */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useState } from 'react';
import { copyOfMap, newMap, type CycleMap, type ParseWarning } from '../core';
import { documentMapOf, isEditable, mapIdsInUseOf, missingMapOf, type Studio } from '../studio';
import { AppHeader } from './AppHeader';
import { MAP_TITLE } from './mapTitle';
import { PageLoading } from './PageLoading';
import { BUILT_IN_CATALOG, catalogOf, type BuiltInCatalog } from './builtInCycles';
import { ErrorBoundary } from './ErrorBoundary';
import { HomeView } from './HomeView';
import { KeyboardHelp } from './KeyboardHelp';
import { registerCrashSource } from './library/crashSource';
import { ImportNotesView } from './library/ImportNotesView';
import { MapConflicts } from './library/MapConflicts';
import { useDroppedFiles } from './library/useDroppedFiles';
import { useMapImport } from './library/useMapImport';
import { freshMapId, nowIso } from './library/mapIds';
import { OpenedWarnings } from './OpenedWarnings';
import { OpenMapFile } from './OpenMapFile';
import { leaveNow } from './quickExit';
import type { Route } from './routing/routes';
import { historyDepth, useRoute, type Navigate } from './routing/useRoute';
import { SafetyPanel } from './SafetyPanel';
import { SaveProblem } from './SaveProblem';
import { browserStudio } from './studio/browserStudio';
import { StudioProvider, useStudioSelector } from './studio/StudioContext';
import { useDoubleEscape } from './useDoubleEscape';
import { useFlushOnHide } from './useFlushOnHide';
import { afterShown } from '../viz/motion/afterShown';

// A map's pages (the dance, the chart, the editor, the screen before a new map) load when first
// opened: the home page stays small.
const CycleMapView = lazy(() =>
  import('./CycleMapView').then((m) => ({ default: m.CycleMapView })),
);
const MapPage = lazy(() => import('./pages/MapPage').then((m) => ({ default: m.MapPage })));
const StartScreen = lazy(() =>
  import('./pages/StartScreen').then((m) => ({ default: m.StartScreen })),
);
const GlossaryPage = lazy(() =>
  import('./pages/GlossaryPage').then((m) => ({ default: m.GlossaryPage })),
);

interface AppProps {
  /** The maps listed on the home view; the ones shipped in /models unless a test passes others. */
  readonly builtInCycles?: readonly CycleMap[];
  /** What Quick exit does; leaves for a blank page unless a test passes a stub. */
  readonly onQuickExit?: () => void;
  /**
   * The studio the screens drive: main.tsx starts the browser's (Web Workers, IndexedDB) before
   * the first render; made here if none is given.
   */
  readonly studio?: Studio;
}

export function App({ builtInCycles, onQuickExit = leaveNow, studio: given }: AppProps) {
  const [studio] = useState(() => {
    const made = given ?? browserStudio();
    registerCrashSource(made);
    return made;
  });
  const [catalog] = useState(() =>
    builtInCycles === undefined ? BUILT_IN_CATALOG : catalogOf(builtInCycles),
  );
  const [route, navigate] = useRoute();
  useDoubleEscape(onQuickExit);
  useFlushOnHide(studio);
  const { notes, importFiles, clearNotes } = useMapImport({
    studio,
    builtInIds: catalog.entries,
    onOpen: useCallback(
      (map: CycleMap) => navigate({ name: 'map', id: map.id, view: 'dance' }),
      [navigate],
    ),
    onList: useCallback(() => navigate({ name: 'home' }), [navigate]),
  });
  const onFiles = useCallback((files: readonly File[]) => void importFiles(files), [importFiles]);
  const dragging = useDroppedFiles(onFiles);
  const go = useCallback(
    (to: Route, options?: { replace?: boolean }) => {
      clearNotes();
      navigate(to, options);
    },
    [clearNotes, navigate],
  );
  return (
    <StudioProvider studio={studio}>
      <div className="app">
        <AppHeader onQuickExit={onQuickExit}>
          <OpenMapFile onOpen={onFiles} />
          <KeyboardHelp />
        </AppHeader>
        <SaveProblem />
        <MapConflicts onOpenCopy={(id) => go({ name: 'map', id, view: 'map' })} />
        <ImportNotesView notes={notes} />
        <div className="app-body">
          <main className="app-main">
            <Suspense fallback={<PageLoading />}>
              <Pages
                studio={studio}
                catalog={catalog}
                onQuickExit={onQuickExit}
                route={route}
                navigate={go}
                warnings={notes.warnings}
              />
            </Suspense>
          </main>
          <SafetyPanel />
        </div>
        {dragging && (
          // What dropping will do; the same is reachable with "Open a map file…" from the keyboard.
          <div className="drop-overlay" aria-hidden="true">
            <p>Drop map files to add them to Your maps</p>
          </div>
        )}
      </div>
    </StudioProvider>
  );
}

interface PagesProps {
  readonly studio: Studio;
  readonly route: Route;
  readonly navigate: Navigate;
  readonly catalog: BuiltInCatalog;
  readonly onQuickExit: () => void;
  /** What was noticed while opening the map just brought in from a file. */
  readonly warnings: readonly ParseWarning[];
}

/** The page the address names, kept in step with the studio's document. */
function Pages({ studio, catalog, onQuickExit, route, navigate: go, warnings }: PagesProps) {
  const [cameBack, setCameBack] = useState(false);
  const open = useStudioSelector(documentMapOf);
  const editable = useStudioSelector(isEditable);
  const missing = useStudioSelector(missingMapOf);
  const arrived = useDeferredValue(open);

  const [unreadable, setUnreadable] = useState<string | null>(null);
  const isBuiltIn = (id: string) => catalog.entries.some((entry) => entry.id === id);

  useEffect(() => {
    let current = true;
    let cancel = () => {};
    if (route.name === 'home') studio.send({ type: 'document.close' });
    if (route.name === 'pattern' && isBuiltIn(route.id)) {
      // The pattern's whole map loads when first opened, once the title standing for it is on
      // screen (the page's largest paint, which should wait for nothing); a newer address wins
      // over a slow load.
      const id = route.id;
      cancel = afterShown(MAP_TITLE, () => load(id));
    }
    function load(id: string) {
      void catalog.load(id).then(
        (map) => {
          if (!current) return;
          if (map === null) return setUnreadable(id);
          if (studio.getSnapshot().document.context.map !== map)
            studio.send({ type: 'document.load', map, source: 'builtIn' });
        },
        // Not loaded (offline after an update): the page says so rather than "Opening…" forever.
        () => {
          if (current) setUnreadable(id);
        },
      );
    }
    if (route.name === 'map' && (open?.id !== route.id || !editable))
      studio.send({ type: 'library.open', id: route.id });
    return () => {
      current = false;
      cancel();
    };
    // Only a new address changes what is open; edits to the open map must not reload it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [route, studio, catalog]);

  const goHome = useCallback(() => {
    setCameBack(true);
    go({ name: 'home' });
  }, [go]);

  const taken = () => {
    const ids = mapIdsInUseOf(studio.getSnapshot());
    for (const entry of catalog.entries) ids.add(entry.id);
    return ids;
  };
  const createAndOpen = (map: CycleMap) => {
    studio.send({ type: 'maps.create', map, open: true });
    studio.send({ type: 'library.flush' });
    go({ name: 'map', id: map.id, view: 'start' });
  };

  if (route.name === 'glossary') {
    return (
      <GlossaryPage
        term={route.term}
        // Back to the page the glossary was opened from; home if it was opened from outside.
        onBack={() => (historyDepth() > 0 ? window.history.back() : go({ name: 'home' }))}
      />
    );
  }
  if (route.name === 'pattern') {
    if (!isBuiltIn(route.id) || unreadable === route.id) return <NotHere onBack={goHome} />;
    // Drawn in a render that gives way every few milliseconds (a deferred value), not in the task
    // that brought the map: that task also starts the dance's engine.
    const map = arrived?.id === route.id && !editable ? arrived : null;
    const title = catalog.entries.find((entry) => entry.id === route.id)?.title ?? null;
    if (map === null) return <PageLoading title={title} />;
    return (
      <ErrorBoundary onReset={goHome}>
        <Suspense fallback={<PageLoading title={map.title} />}>
          <CycleMapView
            map={map}
            view={route.view ?? 'dance'}
            onView={(view) =>
              go({ name: 'pattern', id: map.id, ...(view === 'dance' ? {} : { view }) })
            }
            onBack={goHome}
            onEditCopy={(from = map) =>
              createAndOpen(
                copyOfMap(from, freshMapId(taken()), nowIso(), `${map.title} (our copy)`),
              )
            }
          />
        </Suspense>
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
          onStart={() => go({ name: 'map', id: open.id, view: 'map' }, { replace: true })}
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
        cycles={catalog.entries}
        onOpenMap={(map) => go({ name: 'pattern', id: map.id })}
        onNewMap={() => createAndOpen(newMap(freshMapId(taken()), nowIso()))}
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
