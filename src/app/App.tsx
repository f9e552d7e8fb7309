/** The Cyclemap app shell: header with quick exit, the home list or one map, and the safety panel. */
import { useCallback, useRef, useState } from 'react';
import type { CycleMap, ParseWarning } from '../core';
import { createStudio, type MapSource, type Studio } from '../studio';
import { AppHeader } from './AppHeader';
import { BUILT_IN_CYCLES } from './builtInCycles';
import { CycleMapView } from './CycleMapView';
import { ErrorBoundary } from './ErrorBoundary';
import { HomeView } from './HomeView';
import { OpenedWarnings } from './OpenedWarnings';
import { leaveNow } from './quickExit';
import { readMapFile } from './readMapFile';
import { SafetyPanel } from './SafetyPanel';
import { localPreferenceStore } from '../storage/localPreferences';
import { StudioProvider } from './studio/StudioContext';
import { workerRunner } from './studio/workerRunner';
import { useDoubleEscape } from './useDoubleEscape';

type View =
  | { readonly name: 'home'; readonly cameBack: boolean }
  | { readonly name: 'map'; readonly map: CycleMap };

interface AppProps {
  /** The maps listed on the home view; the ones shipped in /models unless a test passes others. */
  readonly builtInCycles?: readonly CycleMap[];
  /** What Quick exit does; leaves for a blank page unless a test passes a stub. */
  readonly onQuickExit?: () => void;
  /** The studio the screens drive; one running the analysis in a Web Worker unless a test passes one. */
  readonly studio?: Studio;
}

export function App({
  builtInCycles = BUILT_IN_CYCLES,
  onQuickExit = leaveNow,
  studio: given,
}: AppProps) {
  const [studio] = useState(
    () => given ?? createStudio({ analysis: workerRunner(), preferences: localPreferenceStore() }),
  );
  const [view, setView] = useState<View>({ name: 'home', cameBack: false });
  const [openError, setOpenError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<readonly ParseWarning[]>([]);
  // Each open or navigation bumps this, so a slow file read cannot replace a view chosen after it.
  const latestRequest = useRef(0);

  useDoubleEscape(onQuickExit);

  const showMap = useCallback(
    (map: CycleMap, source: MapSource, mapWarnings: readonly ParseWarning[]) => {
      latestRequest.current += 1;
      setOpenError(null);
      setWarnings(mapWarnings);
      studio.send({ type: 'document.load', map, source, warnings: mapWarnings });
      setView({ name: 'map', map });
    },
    [studio],
  );

  const goHome = useCallback(() => {
    latestRequest.current += 1;
    setWarnings([]);
    studio.send({ type: 'document.close' });
    setView({ name: 'home', cameBack: true });
  }, [studio]);

  const openFile = useCallback(
    async (file: File) => {
      const request = (latestRequest.current += 1);
      setOpenError(null);
      const result = await readMapFile(file);
      if (request !== latestRequest.current) return;
      if (result.ok) showMap(result.map, 'file', result.warnings);
      // A file that does not open changes nothing else: the current view and its maps stay.
      else setOpenError(result.message);
    },
    [showMap],
  );

  return (
    <StudioProvider studio={studio}>
      <div className="app">
        <AppHeader onQuickExit={onQuickExit} />
        <div className="app-body">
          <main className="app-main">
            <OpenedWarnings warnings={warnings} />
            <ErrorBoundary onReset={goHome}>
              {view.name === 'map' ? (
                <CycleMapView map={view.map} onBack={goHome} />
              ) : (
                <HomeView
                  cycles={builtInCycles}
                  onOpenMap={(map) => showMap(map, 'builtIn', [])}
                  onOpenFile={(file) => void openFile(file)}
                  openError={openError}
                  focusHeading={view.cameBack}
                />
              )}
            </ErrorBoundary>
          </main>
          <SafetyPanel />
        </div>
      </div>
    </StudioProvider>
  );
}
