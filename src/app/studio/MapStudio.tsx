/** A studio of its own with one map loaded: for a screen shown on its own (stories, tests, an embed). */
import { useEffect, useState, type ReactNode } from 'react';
import type { CycleMap } from '../../core';
import { createStudio, type AnalysisRunner } from '../../studio';
import { StudioProvider } from './StudioContext';
import { workerRunner } from './workerRunner';

interface MapStudioProps {
  readonly map: CycleMap;
  /** The seed the dance starts with. */
  readonly seed?: number;
  readonly analysis?: AnalysisRunner;
  readonly children: ReactNode;
}

export function MapStudio({ map, seed, analysis, children }: MapStudioProps) {
  const [studio] = useState(() => {
    const created = createStudio({ analysis: analysis ?? workerRunner() });
    if (seed !== undefined) created.send({ type: 'playback.setSeed', seed });
    created.send({ type: 'document.load', map, source: 'builtIn' });
    return created;
  });
  useEffect(() => {
    if (studio.getSnapshot().document.context.map !== map)
      studio.send({ type: 'document.load', map, source: 'builtIn' });
  }, [studio, map]);
  // Leaving: nothing keeps running (no beat waiting, no analysis). The studio itself is not
  // stopped, since React may mount the same component again (StrictMode does, on purpose).
  useEffect(
    () => () => {
      studio.send({ type: 'playback.pause' });
      studio.send({ type: 'analysis.disable' });
    },
    [studio],
  );
  return <StudioProvider studio={studio}>{children}</StudioProvider>;
}
